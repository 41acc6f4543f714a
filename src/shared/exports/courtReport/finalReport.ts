/**
 * The final report for the court: identification, each section with its statements labelled as
 * fact, observation, allegation (by whom) or opinion (whose) and the sessions they cite, the
 * caregiver's view in their own words, then a page of what changed after the caregiver's review.
 *
 * Statements whose disclosure was withheld stay in: the decision keeps them out of what the other
 * family member reads (the review copy), not out of what the court receives.
 */
import { statementWords } from '../../domain/report/factWords';
import { commentsUpTo } from '../../domain/report/printedComments';
import type { CaregiverComment } from '../../domain/report/report';
import { reportSectionKinds } from '../../domain/report/reportTaxonomy';
import { fill, type ReportLabels } from '../labels/reportTexts';
import { identificationRows, partyName, sessionDatesOf, type ReportDocumentInput } from './documentInput';
import type { CourtReportDocument, ReportBlock } from './reportDocument';
import { readableByCaregiver } from './reviewCopy';
import { citedDates, sessionsSentence, statementLabel } from './statementWords';

function sectionsBody(input: ReportDocumentInput, labels: ReportLabels): ReportBlock[] {
  const texts = labels.texts.final;
  const sessionDates = sessionDatesOf(input.journalCase);
  const blocks: ReportBlock[] = [];
  reportSectionKinds.forEach((kind, index) => {
    blocks.push({ kind: 'heading', level: 2, text: `${index + 1}. ${texts.sections[kind]}` });
    const statements = input.version.sections.find((section) => section.kind === kind)?.statements ?? [];
    if (statements.length === 0) {
      const reason = input.version.caregiverViewAbsentReason?.trim() ?? '';
      const empty =
        kind !== 'caregiver-view'
          ? texts.empty
          : reason === ''
            ? texts.caregiverViewAbsentNoReason
            : fill(texts.caregiverViewAbsent, { reason });
      blocks.push({ kind: 'paragraph', text: empty });
    }
    for (const statement of statements) {
      const dates = citedDates(statement, sessionDates, labels);
      const sessions = sessionsSentence(dates, texts.sessions, texts.sessions, labels);
      blocks.push({
        kind: 'statement',
        label: statementLabel(statement, input.journalCase.parties, texts.statements),
        text: statementWords(statement, labels.language),
        ...(sessions === undefined ? {} : { sessions }),
      });
    }
  });
  return blocks;
}

/** When, how and to whom each review copy up to this version was given. */
function sharingFacts(input: ReportDocumentInput, labels: ReportLabels): ReportBlock[] {
  const changes = labels.texts.final.changes;
  const shared = input.report.versions.filter(
    (version) => version.number <= input.version.number && version.sharedWith !== undefined,
  );
  if (shared.length === 0) return [{ kind: 'paragraph', text: changes.notShared }];
  return shared.flatMap(({ number, sharedWith }) =>
    sharedWith === undefined
      ? []
      : [
          {
            kind: 'paragraph',
            text: fill(changes.shared, {
              version: number,
              name: partyName(input.journalCase, sharedWith.partyId) ?? changes.someone,
              date: labels.formatDate(sharedWith.date),
              method: changes.methods[sharedWith.method],
            }),
          },
        ],
  );
}

/**
 * How many statements of this version the caregiver did not read in the last review copy they
 * were given (held back for a disclosure decision, or added after the review), as a neutral count
 * that quotes none of them; nothing when no copy was shared or every statement was in it.
 */
function notInReviewCopy(input: ReportDocumentInput, labels: ReportLabels): ReportBlock[] {
  const read = input.report.versions
    .filter((version) => version.number <= input.version.number && version.sharedWith !== undefined)
    .at(-1);
  if (read === undefined) return [];
  const shown = new Set(
    read.sections
      .flatMap((section) => section.statements)
      .filter(readableByCaregiver)
      .map((statement) => statement.id),
  );
  const count = input.version.sections
    .flatMap((section) => section.statements)
    .filter((statement) => !shown.has(statement.id)).length;
  if (count === 0) return [];
  const { one, other } = labels.texts.final.changes.notInReviewCopy;
  return [{ kind: 'paragraph', text: count === 1 ? one : fill(other, { count }) }];
}

function commentBlocks(comment: CaregiverComment, number: number, labels: ReportLabels): ReportBlock[] {
  const { sections, changes } = labels.texts.final;
  const line = comment.line?.trim() ?? '';
  const stance = `${changes.stance} ${changes.stances[comment.stance]}.`;
  const note = comment.response?.note.trim() ?? '';
  const response =
    comment.response === undefined
      ? changes.noResponse
      : `${changes.outcomes[comment.response.outcome]}${note === '' ? '.' : ` — ${note}`}`;
  return [
    { kind: 'heading', level: 3, text: fill(changes.comment, { number, section: sections[comment.section] }) },
    {
      kind: 'paragraph',
      emphasis: true,
      text: [
        fill(changes.recorded, { version: comment.version, date: labels.formatDate(comment.recordedOn) }),
        ...(line === '' ? [] : [fill(/[-–,]/.test(line) ? changes.lines : changes.line, { line })]),
      ].join(' '),
    },
    { kind: 'paragraph', text: stance },
    { kind: 'paragraph', text: `${changes.words}:` },
    { kind: 'quote', text: comment.words },
    { kind: 'paragraph', text: `${changes.response}: ${response}` },
  ];
}

function changesPage(input: ReportDocumentInput, labels: ReportLabels): ReportBlock[] {
  const { changes, override } = labels.texts.final;
  const comments = commentsUpTo(input.report, input.version);
  const blocks: ReportBlock[] = [
    { kind: 'heading', level: 2, text: changes.heading, newPage: true },
    ...sharingFacts(input, labels),
    ...notInReviewCopy(input, labels),
    ...(comments.length === 0
      ? [{ kind: 'paragraph', text: changes.none } as const]
      : [
          { kind: 'paragraph', text: changes.intro } as const,
          ...comments.flatMap((comment, index) => commentBlocks(comment, index + 1, labels)),
        ]),
  ];
  const finalized = input.version.finalized;
  const failed = finalized?.checks.filter((check) => !check.passed) ?? [];
  if (finalized?.override !== undefined && failed.length > 0) {
    blocks.push(
      { kind: 'heading', level: 3, text: override.heading },
      {
        kind: 'paragraph',
        text: fill(override.text, {
          checks: labels.formatList(failed.map((check) => override.checks[check.id])),
          reason: finalized.override.reason.trim(),
        }),
      },
    );
  }
  return blocks;
}

export function finalReport(input: ReportDocumentInput, labels: ReportLabels): CourtReportDocument {
  return {
    kind: 'final',
    language: labels.language,
    version: input.version.number,
    title: labels.texts.final.title,
    pageOfPages: labels.texts.pageOfPages,
    front: [{ kind: 'fields', rows: identificationRows(input, labels) }],
    body: sectionsBody(input, labels),
    back: changesPage(input, labels),
  };
}
