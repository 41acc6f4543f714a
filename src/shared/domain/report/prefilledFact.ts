/**
 * A fact the app took from the journal for a court report, kept as its kind and its data, never
 * as a sentence: it is put into words in the language of whoever reads it (the screen's, or the
 * document's), and it can be brought in step with the journal and the report's details because
 * the app knows what it says. Every kind has a key: the one thing it is about (the court, a
 * child, a phase, a goal), so the fact as the journal tells it now can be found again.
 */
import { z } from 'zod';
import { calendarDateSchema, idSchema, nonBlankSchema } from '../primitives';
import { goalStatuses, phases } from '../taxonomy';

const count = z.int().nonnegative();
const ratedSchema = z.strictObject({ date: calendarDateSchema, level: z.int().min(-2).max(2) });

export const prefilledFactSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('reference'), reference: nonBlankSchema }),
  z.strictObject({ kind: z.literal('court'), court: nonBlankSchema }),
  z.strictObject({ kind: z.literal('child'), partyId: idSchema, name: nonBlankSchema }),
  z.strictObject({ kind: z.literal('opened'), date: calendarDateSchema }),
  /** The sessions with the family whose reflections are of this phase, and their first and last dates. */
  z.strictObject({
    kind: z.literal('phase-sessions'),
    phase: z.enum(phases),
    count: z.int().positive(),
    first: calendarDateSchema,
    last: calendarDateSchema,
  }),
  z.strictObject({ kind: z.literal('other-meetings'), hearings: count, meetings: count }),
  z.strictObject({
    kind: z.literal('attendance'),
    held: count,
    notAttended: count,
    cancelledByFamily: count,
    cancelledByProgramme: count,
    rescheduled: count,
  }),
  z.strictObject({
    kind: z.literal('goal-agreed'),
    goalId: idSchema,
    goal: nonBlankSchema,
    status: z.enum(goalStatuses),
    parties: z.array(nonBlankSchema).min(1),
  }),
  /** Goal attainment scaling: the level at the latest review and, when there were several, at the first. */
  z.strictObject({
    kind: z.literal('goal-progress'),
    goalId: idSchema,
    goal: nonBlankSchema,
    agreedOn: calendarDateSchema,
    latest: ratedSchema,
    first: ratedSchema.optional(),
  }),
]);
export type PrefilledFact = z.infer<typeof prefilledFactSchema>;
export type PrefilledFactKind = PrefilledFact['kind'];

/**
 * Where a statement stands with the practitioner's check ("check before sharing"): `new`, the
 * app wrote it and nobody confirmed it; `changed`, the journal or the report's details changed
 * it after it was confirmed, and it now says the new thing; `stale`, the practitioner rewrote it
 * in their own words and the journal now tells it differently (`fact` holds what it tells now);
 * `gone`, the journal no longer tells it at all (a goal no longer shared, a child removed).
 * Absent: confirmed, or written by the practitioner.
 */
export const factChecks = ['new', 'changed', 'stale', 'gone'] as const;
export type FactCheck = (typeof factChecks)[number];

/** What a fact is about, the same for the fact as it was and as the journal tells it now. */
export function factKey(fact: PrefilledFact): string {
  switch (fact.kind) {
    case 'child':
      return `child:${fact.partyId}`;
    case 'phase-sessions':
      return `phase-sessions:${fact.phase}`;
    case 'goal-agreed':
    case 'goal-progress':
      return `${fact.kind}:${fact.goalId}`;
    default:
      return fact.kind;
  }
}

/** Whether two facts say the same thing (the same data, whatever order their keys were written in). */
export function sameFact(a: PrefilledFact, b: PrefilledFact): boolean {
  return canonical(a) === canonical(b);
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value).sort(([a], [b]) => a.localeCompare(b));
    return `{${entries.map(([key, each]) => `${JSON.stringify(key)}:${canonical(each)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
