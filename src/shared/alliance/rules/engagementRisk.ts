/**
 * R5: engagement at risk. Either ≥ `absences` of the latest `absenceWindow` planned sessions the
 * family was expected at (a reflection is a session held) were not attended or cancelled by the
 * family (default 2 of 4), or the
 * family's first absence after a low rating. Hawley and Weisz (2005): a weaker parent alliance
 * went with more cancellations and no-shows; Sharf et al. (2010): weaker alliances, more dropout.
 * Sessions cancelled by the programme or moved to another date are not the family's doing and
 * take no place in the window.
 */
import { allianceElements, type AllianceElement, type AllianceRatings } from '../../domain/ratings';
import type { AttendanceStatus } from '../../domain/taxonomy';
import { buildWarning } from '../buildWarning';
import { compare, sessionOf, type CaseView } from '../caseView';
import type { AttendanceRecord } from '../input';
import { caregiverSeries, type ElementRatings } from '../ratingSeries';
import type { AbsenceRecord, RatingSeries, WarningOfRule } from '../warning';

const absent: readonly AttendanceStatus[] = ['not-attended', 'cancelled-by-family'];
const expected: readonly AttendanceStatus[] = ['held', ...absent];

type EngagementWarning = WarningOfRule<'engagement-risk'>;

export function engagementRiskWarnings(view: CaseView): EngagementWarning[] {
  return [absencesInWindow(view), absenceAfterLowRating(view)].filter((warning) => warning !== undefined);
}

function absencesInWindow(view: CaseView): EngagementWarning | undefined {
  const { absences: needed, absenceWindow } = view.thresholds;
  // A reflection is a session held: the window is the latest sessions the family was expected
  // at, reflections and attendance records together, by date (of one day, the reflection first).
  const expectedSessions = [
    ...view.entries.map((entry) => ({ date: entry.sessionDate, absence: undefined })),
    ...view.attendance
      .filter((record) => expected.includes(record.status))
      .map((record) => ({
        date: record.plannedOn,
        absence: absent.includes(record.status) ? absenceOf(record) : undefined,
      })),
  ];
  // Array sort is stable: of one day, the reflection stays first.
  const window = expectedSessions.sort((a, b) => compare(a.date, b.date)).slice(-absenceWindow);
  const absences = window.flatMap((session) => (session.absence === undefined ? [] : [session.absence]));
  if (absences.length < needed) return undefined;
  return buildWarning(
    'engagement-risk',
    { level: 'engagement-risk', sessions: [], details: { trigger: 'absences', absences, window: window.length } },
    ['absences', ...absences.map((absence) => absence.id)],
  );
}

/** The latest rated session, if it was low, and the first absence after it. */
function absenceAfterLowRating(view: CaseView): EngagementWarning | undefined {
  const rated = view.entries.findLast(
    (entry) => entry.ratings.practitioner !== undefined || entry.ratings.caregiver !== undefined,
  );
  if (rated === undefined) return undefined;
  const low = lowestRating(rated.ratings);
  if (low === undefined || low.value > view.thresholds.lowRating) return undefined;
  const absence = view.attendance.find(
    (record) => record.plannedOn > rated.sessionDate && absent.includes(record.status),
  );
  if (absence === undefined) return undefined;
  return buildWarning(
    'engagement-risk',
    {
      level: 'engagement-risk',
      sessions: [sessionOf(rated)],
      details: { trigger: 'absence-after-low-rating', absence: absenceOf(absence), ...low },
    },
    ['absence-after-low-rating', rated.id, absence.id],
  );
}

interface LowRating {
  series: RatingSeries;
  element: AllianceElement;
  value: number;
}

/** The lowest element rated in a session, the practitioner's first on a tie. */
function lowestRating(ratings: AllianceRatings): LowRating | undefined {
  const sides: [RatingSeries, ElementRatings | undefined][] = [
    [{ perspective: 'practitioner' }, ratings.practitioner],
    [caregiverSeries(ratings.caregiver?.partyId), ratings.caregiver],
  ];
  let lowest: LowRating | undefined;
  for (const [series, values] of sides) {
    if (values === undefined) continue;
    for (const element of allianceElements) {
      if (lowest === undefined || values[element] < lowest.value) lowest = { series, element, value: values[element] };
    }
  }
  return lowest;
}

function absenceOf(record: AttendanceRecord): AbsenceRecord {
  return { id: record.id, plannedOn: record.plannedOn, status: record.status };
}
