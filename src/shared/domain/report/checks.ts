/**
 * The checks listed before a version becomes final. None hides anything: a check that does not
 * pass is shown, and the practitioner may go on with a reason, except past `private-text`, which
 * the gate in `privateTextGate.ts` holds shut until the text is fixed.
 *
 * `details` are language-neutral `key=value` items (or a bare `key`) that the UI and the
 * documents put into words; they never hold journal text:
 * - `review-window`: `required=<working days>`, then `shared-on=<YYYY-MM-DD>` or `not-shared`,
 *   `hearing-on=<YYYY-MM-DD>` or `no-hearing-date`, `working-days=<n>` when both dates are known,
 *   then the public holidays the count used: `holidays=<calendar id>` (see `holidayChoiceId`) with
 *   `holidays-skipped=<YYYY-MM-DD>,…` when both dates are known and any fell on a weekday between
 *   them, `holidays-unknown=<country>` when there are no rules for the chosen country, or
 *   `holidays-none` when no country is chosen. Checks stored before holidays were counted carry
 *   `holidays-not-counted` instead.
 * - `caregiver-view`: `statements=<n>` (the caregiver's-view statements with text), and
 *   `absent-reason` when a reason for its absence is recorded.
 * - `private-text`: one item per problem, `<problem>=<section kind>/<statement id>`, where the
 *   problem is `source-gone` (the journal section it came from is no longer there),
 *   `source-not-reportable` (that section is now private or supervision-only) or
 *   `private-passage` (its text shares a run of words with private journal text, see
 *   `privatePassages.ts`; `/<entry id>` of that text is added).
 * - `disclosures`: `pending=<section kind>/<statement id>` for each flag without a decision.
 * - `comments-answered`: see `commentsAnswered.ts`.
 * - `facts-checked`: `fact-new=`, `fact-changed=`, `fact-stale=` or `fact-gone=<section kind>/<statement id>`
 *   for each statement still marked "check before sharing" (see `prefilledFact.ts`).
 */
import type { CaseWithEntries } from '../case';
import { commentsAnsweredCheck } from './commentsAnswered';
import { statementWords } from './factWords';
import { statementsToCheck } from './factsInStep';
import type { CourtReport, ReportCheck, ReportVersion } from './report';
import { privatePassagesIn } from './privatePassages';
import { privateTextFindings } from './privateTextGate';
import { sourceProblem } from './references';
import { newestVersion } from './versions';
import { holidaysSkipped, weekendsOnly, workingDaysBetween, type PublicHolidays } from './workingDays';

export interface CheckDetail {
  key: string;
  value?: string;
}

/** A detail item split into its key and value. */
export function readCheckDetail(detail: string): CheckDetail {
  const at = detail.indexOf('=');
  return at < 0 ? { key: detail } : { key: detail.slice(0, at), value: detail.slice(at + 1) };
}

/** The checks of `version` (the newest, unless told otherwise) against the case as it is now. */
export function checkReport(
  report: CourtReport,
  journalCase: CaseWithEntries,
  holidays: PublicHolidays = weekendsOnly,
  version: ReportVersion = newestVersion(report),
): ReportCheck[] {
  return [
    reviewWindowCheck(report, version, holidays),
    caregiverViewCheck(version),
    privateTextCheck(version, journalCase, report),
    disclosureCheck(version),
    commentsAnsweredCheck(report, version),
    factsCheckedCheck(version),
  ];
}

/** The latest review copy shared, up to `version`, reached the caregiver early enough. */
export function reviewWindowCheck(
  report: CourtReport,
  version: ReportVersion,
  holidays: PublicHolidays = weekendsOnly,
): ReportCheck {
  const shared = report.versions
    .filter((candidate) => candidate.number <= version.number && candidate.sharedWith !== undefined)
    .at(-1)?.sharedWith;
  const hearing = report.hearing.date;
  const details = [`required=${report.reviewWorkingDays}`];
  details.push(shared === undefined ? 'not-shared' : `shared-on=${shared.date}`);
  details.push(hearing === undefined ? 'no-hearing-date' : `hearing-on=${hearing}`);
  let passed = false;
  let skipped: string[] = [];
  if (shared !== undefined && hearing !== undefined) {
    const days = workingDaysBetween(shared.date, hearing, holidays);
    details.push(`working-days=${days}`);
    passed = days >= report.reviewWorkingDays;
    skipped = holidaysSkipped(shared.date, hearing, holidays).map((holiday) => holiday.date);
  }
  if (holidays.id === 'none') details.push('holidays-none');
  else if (!holidays.known) details.push(`holidays-unknown=${holidays.id}`);
  else {
    details.push(`holidays=${holidays.id}`);
    if (skipped.length > 0) details.push(`holidays-skipped=${skipped.join(',')}`);
  }
  return { id: 'review-window', passed, details };
}

export function caregiverViewCheck(version: ReportVersion): ReportCheck {
  const statements = version.sections
    .filter((section) => section.kind === 'caregiver-view')
    .flatMap((section) => section.statements)
    .filter((statement) => statementWords(statement, 'en').trim() !== '').length;
  const reason = (version.caregiverViewAbsentReason ?? '').trim() !== '';
  return {
    id: 'caregiver-view',
    passed: statements > 0 || reason,
    details: [`statements=${statements}`, ...(reason ? ['absent-reason'] : [])],
  };
}

export function privateTextCheck(
  version: ReportVersion,
  journalCase: CaseWithEntries,
  report?: CourtReport,
): ReportCheck {
  const statements = version.sections.flatMap((section) =>
    section.statements.map((statement) => ({ statement, at: `${section.kind}/${statement.id}` })),
  );
  const passages = privatePassagesIn(
    statements.map(({ statement }) => statementWords(statement, 'en')),
    journalCase,
  );
  const details: string[] = [];
  statements.forEach(({ statement, at }, index) => {
    const problem = statement.source === undefined ? undefined : sourceProblem(statement.source, journalCase);
    if (problem !== undefined) details.push(`${problem}=${at}`);
    const entryId = passages.get(index);
    if (entryId !== undefined) details.push(`private-passage=${at}/${entryId}`);
  });
  // What the gate finds beyond single statements (the court, a comment, text cut across statements),
  // so the list before "final" says what finalizing will refuse.
  if (report !== undefined) {
    const elsewhere = privateTextFindings(report, version, journalCase)
      .filter((finding) => finding.problem === 'private-passage')
      .map((finding) => `private-elsewhere=${finding.place}`);
    const statementsFound = details.some((detail) => detail.startsWith('private-passage='));
    details.push(
      ...elsewhere.filter((detail) => !statementsFound || !detail.startsWith('private-elsewhere=statement ')),
    );
  }
  return { id: 'private-text', passed: details.length === 0, details };
}

export function disclosureCheck(version: ReportVersion): ReportCheck {
  const details = version.sections.flatMap((section) =>
    section.statements
      .filter((statement) => statement.disclosure?.decision === 'pending')
      .map((statement) => `pending=${section.kind}/${statement.id}`),
  );
  return { id: 'disclosures', passed: details.length === 0, details };
}

/** Every fact the app wrote, or that changed since, was confirmed or rewritten by the practitioner. */
export function factsCheckedCheck(version: ReportVersion): ReportCheck {
  const details = statementsToCheck(version.sections).map(
    ({ section, statement }) => `fact-${statement.check ?? 'new'}=${section}/${statement.id}`,
  );
  return { id: 'facts-checked', passed: details.length === 0, details };
}
