/**
 * The current state of one case from every device's revisions of it: pure, without I/O. Each
 * thing is its register's current value (a removal leaves it out); lists keep the order in which
 * their things were first made; phase changes and warning decisions are all kept, in the order
 * of their dates. The phase is the last phase change's, as the single-device journal keeps it.
 */
import type { AttendanceRecord } from '../../shared/domain/attendance';
import type { CaseWithEntries, PhaseChange } from '../../shared/domain/case';
import type { Entry } from '../../shared/domain/entry';
import type { Goal } from '../../shared/domain/goal';
import type { GoalReview, GoalScale } from '../../shared/domain/goalAttainment';
import type { Party } from '../../shared/domain/party';
import type { WarningDecision } from '../../shared/domain/warningDecision';
import type { CaseDetails } from './caseRecordKeys';
import { conflictsOf, type Conflict } from './conflicts';
import { mergeRevisions, type MergedRevisions } from './mergeRevisions';
import { compareRevisions, type Revision } from './revision';
import { currentValuesOf, type Placed } from './currentValues';

export interface CaseState {
  /** Undefined until the case's details have been read (a device may hold only later records yet). */
  journalCase: CaseWithEntries | undefined;
  conflicts: Conflict[];
  merged: MergedRevisions;
}

export function caseStateOf(revisions: Iterable<Revision>): CaseState {
  return caseStateOfMerged(mergeRevisions(revisions));
}

/** The state of a case already merged (after a save, `withRevisions` of the one before). */
export function caseStateOfMerged(merged: MergedRevisions): CaseState {
  return { journalCase: assembled(merged), conflicts: conflictsOf(merged), merged };
}

function assembled(merged: MergedRevisions): CaseWithEntries | undefined {
  const details = merged.registers.get('details')?.current.value as CaseDetails | null | undefined;
  if (details === undefined || details === null) return undefined;
  const phaseHistory = byDate(currentValuesOf<PhaseChange>(merged, 'phase'), (change) => change.changedAt);
  const warningDecisions = byDate(
    currentValuesOf<WarningDecision>(merged, 'decision'),
    (decision) => decision.decidedAt,
  );
  const attendance = currentValuesOf<AttendanceRecord>(merged, 'attendance').map(({ value }) => value);
  const goalScales = currentValuesOf<GoalScale>(merged, 'goalScale').map(({ value }) => value);
  const goalReviews = currentValuesOf<GoalReview>(merged, 'goalReview').map(({ value }) => value);
  const entries = currentValuesOf<Entry>(merged, 'entry').map(({ value }) => value);
  const lastPhase = phaseHistory.at(-1)?.phase;
  return {
    ...details,
    phase: lastPhase ?? details.phase,
    phaseHistory,
    parties: currentValuesOf<Party>(merged, 'party').map(({ value }) => value),
    goals: currentValuesOf<Goal>(merged, 'goal').map(({ value }) => value),
    ...(attendance.length === 0 ? {} : { attendance }),
    ...(warningDecisions.length === 0 ? {} : { warningDecisions }),
    ...(goalScales.length === 0 ? {} : { goalScales }),
    ...(goalReviews.length === 0 ? {} : { goalReviews }),
    entries,
    updatedAt: latest([details.updatedAt, ...entries.map((entry) => entry.updatedAt)]),
  };
}

/** By the date each holds (a day or a moment), then by when it was first made. */
function byDate<Value>(placed: Placed<Value>[], dateOf: (value: Value) => string): Value[] {
  return [...placed]
    .sort(
      (left, right) =>
        Date.parse(dateOf(left.value)) - Date.parse(dateOf(right.value)) ||
        compareRevisions(left.register.first, right.register.first),
    )
    .map(({ value }) => value);
}

function latest(timestamps: readonly string[]): string {
  return timestamps.reduce((found, timestamp) => (Date.parse(timestamp) > Date.parse(found) ? timestamp : found));
}
