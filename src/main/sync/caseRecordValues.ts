/**
 * A case taken apart into the things saved on their own in a synced vault (caseRecordKeys.ts):
 * its details, and each party, goal, scale, review, attendance record, warning decision, phase
 * change and reflection under its record key. Pure. Both the legacy reading of old logs and a
 * device's saves take a case apart here, so they agree on every key.
 */
import { createHash } from 'node:crypto';
import type { Case, CaseWithEntries } from '../../shared/domain/case';
import { canonicalJson } from '../vault/canonicalJson';
import { caseRecordKey, type CaseDetails, type CaseRecordKind } from './caseRecordKeys';

export interface CaseRecordValue {
  kind: CaseRecordKind;
  key: string;
  value: unknown;
  /** Its place in its list (the case's order of parties, of phase changes…); 0 for the details. */
  index: number;
}

/** The kinds a whole case lists by id; a thing missing from a later state of the case was removed. */
export const listedCaseKinds = ['party', 'goal', 'goalScale', 'goalReview', 'attendance'] as const;

/** The case's details and each listed thing, decision and phase change (not its reflections). */
export function caseRecordValues(journalCase: Case | CaseWithEntries): CaseRecordValue[] {
  const {
    parties,
    goals,
    phaseHistory,
    attendance = [],
    warningDecisions = [],
    goalScales = [],
    goalReviews = [],
    ...rest
  } = journalCase;
  const { entries: _entries, ...details } = rest as typeof rest & { entries?: unknown };
  const values: CaseRecordValue[] = [
    { kind: 'details', key: caseRecordKey('details'), value: details satisfies CaseDetails, index: 0 },
  ];
  const list = <Item>(kind: CaseRecordKind, items: readonly Item[], idOf: (item: Item) => string) =>
    items.forEach((item, index) => values.push({ kind, key: caseRecordKey(kind, idOf(item)), value: item, index }));
  list('party', parties, (party) => party.id);
  list('goal', goals, (goal) => goal.id);
  list('goalScale', goalScales, (scale) => scale.goalId);
  list('goalReview', goalReviews, (review) => review.id);
  list('attendance', attendance, (record) => record.id);
  list('decision', warningDecisions, (decision) => decision.id);
  // A phase change has no id of its own: its content is one, the same on every device.
  list('phase', phaseHistory, (change) =>
    createHash('sha256').update(canonicalJson(change)).digest('hex').slice(0, 32),
  );
  return values;
}

/** A reflection's record value. */
export function entryRecordValues(journalCase: CaseWithEntries): CaseRecordValue[] {
  return journalCase.entries.map((entry, index) => ({
    kind: 'entry',
    key: caseRecordKey('entry', entry.id),
    value: entry,
    index,
  }));
}
