/**
 * What a case is made of in a synced vault: one record key per thing that is saved on its own,
 * and the schema its value is checked with when written. Most kinds are registers (the latest
 * revision stands, one saved apart is kept as a conflict); a phase change and a warning decision
 * are never edited, so they only accumulate (docs/sync.md).
 */
import type { z } from 'zod';
import { attendanceRecordSchema } from '../../shared/domain/attendance';
import { caseObjectSchema, phaseChangeSchema } from '../../shared/domain/case';
import { entryObjectSchema } from '../../shared/domain/entry';
import { goalSchema } from '../../shared/domain/goal';
import { goalReviewSchema, goalScaleSchema } from '../../shared/domain/goalAttainment';
import { storedPartySchema } from '../../shared/domain/party';
import { warningDecisionSchema } from '../../shared/domain/warningDecision';
import { revisionSchemaFor, type RecordKind } from './recordKinds';
import type { Revision } from './revision';

/** The case without what is saved on its own: alias, reference, status, phase, dates, session plan. */
export const caseDetailsSchema = caseObjectSchema.omit({
  parties: true,
  goals: true,
  phaseHistory: true,
  attendance: true,
  warningDecisions: true,
  goalScales: true,
  goalReviews: true,
});
export type CaseDetails = z.infer<typeof caseDetailsSchema>;

const byId = (value: { id: string }) => value.id;

/** Each kind's value, and the id its key carries. */
const kinds = {
  details: { schema: caseDetailsSchema, single: true, removable: false },
  party: { schema: storedPartySchema, idOf: byId, removable: true },
  goal: { schema: goalSchema, idOf: byId, removable: true },
  goalScale: { schema: goalScaleSchema, idOf: (scale: { goalId: string }) => scale.goalId, removable: true },
  goalReview: { schema: goalReviewSchema, idOf: byId, removable: true },
  // A reflection is never deleted: the journal may reach a court.
  entry: { schema: entryObjectSchema, idOf: byId, removable: false },
  attendance: { schema: attendanceRecordSchema, idOf: byId, removable: true },
  // Never edited nor removed: they only accumulate. A phase change has no id; its key's is free.
  phase: { schema: phaseChangeSchema, removable: false },
  decision: { schema: warningDecisionSchema, idOf: byId, removable: false },
} satisfies Record<string, RecordKind>;

export type CaseRecordKind = keyof typeof kinds;
export const caseRecordKinds = Object.keys(kinds) as CaseRecordKind[];

/** The record key of a case's thing: `details`, or `<kind>:<id>`. */
export function caseRecordKey(kind: CaseRecordKind, id?: string): string {
  if ((kind === 'details') !== (id === undefined)) throw new TypeError('Only the details have a key without an id.');
  return id === undefined ? kind : `${kind}:${id}`;
}

/** A case's revision as stored, checked whole (recordKinds.ts). */
export const caseRevisionSchema = revisionSchemaFor('a case', kinds);

export type CaseRevision = Revision;
