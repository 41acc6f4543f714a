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
import { idOfKey, kindOfKey, revisionSchema, type Revision } from './revision';

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

/** Each kind's value, and the field of it its key's id must equal (none for `details` and phase changes). */
const kinds = {
  details: { schema: caseDetailsSchema, idField: undefined, appendOnly: false },
  party: { schema: storedPartySchema, idField: 'id', appendOnly: false },
  goal: { schema: goalSchema, idField: 'id', appendOnly: false },
  goalScale: { schema: goalScaleSchema, idField: 'goalId', appendOnly: false },
  goalReview: { schema: goalReviewSchema, idField: 'id', appendOnly: false },
  entry: { schema: entryObjectSchema, idField: 'id', appendOnly: false },
  attendance: { schema: attendanceRecordSchema, idField: 'id', appendOnly: false },
  phase: { schema: phaseChangeSchema, idField: undefined, appendOnly: true },
  decision: { schema: warningDecisionSchema, idField: 'id', appendOnly: true },
} as const;

export type CaseRecordKind = keyof typeof kinds;
export const caseRecordKinds = Object.keys(kinds) as CaseRecordKind[];

/** The record key of a case's thing: `details`, or `<kind>:<id>`. */
export function caseRecordKey(kind: CaseRecordKind, id?: string): string {
  if ((kind === 'details') !== (id === undefined)) throw new TypeError('Only the details have a key without an id.');
  return id === undefined ? kind : `${kind}:${id}`;
}

export function isAppendOnly(kind: string): boolean {
  return kind in kinds && kinds[kind as CaseRecordKind].appendOnly;
}

/**
 * A case's revision as stored, checked whole: the envelope, its value by its kind, and the key's
 * id against the value's. A removal (null) is only for things that can be removed.
 */
export const caseRevisionSchema = revisionSchema.superRefine((revision, context) => {
  const kind = kindOfKey(revision.key);
  if (!(kind in kinds)) {
    context.addIssue({ code: 'custom', message: `"${kind}" is not part of a case`, path: ['key'] });
    return;
  }
  const { schema, idField, appendOnly } = kinds[kind as CaseRecordKind];
  const id = idOfKey(revision.key);
  if ((kind === 'details') !== (id === undefined)) {
    context.addIssue({ code: 'custom', message: 'only the details have a key without an id', path: ['key'] });
  }
  if (revision.value === null) {
    if (appendOnly || kind === 'details') {
      context.addIssue({ code: 'custom', message: `a ${kind} cannot be removed`, path: ['value'] });
    }
    return;
  }
  const parsed = (schema as z.ZodType).safeParse(revision.value);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      context.addIssue({ code: 'custom', message: issue.message, path: ['value', ...issue.path] });
    }
    return;
  }
  if (idField !== undefined && (parsed.data as Record<string, unknown>)[idField] !== id) {
    context.addIssue({ code: 'custom', message: `the key names ${String(id)}, the value another`, path: ['key'] });
  }
});

export type CaseRevision = Revision;
