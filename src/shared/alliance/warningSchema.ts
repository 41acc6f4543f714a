/**
 * The engine's warnings as the IPC contract carries them: the same shapes as `warning.ts`, as zod
 * schemas so the router checks what main sends. `Warning` and the schema's output must stay the
 * same type; the checks at the end fail to compile when one changes without the other.
 */
import { z } from 'zod';
import { calendarDateSchema, idSchema } from '../domain/primitives';
import { attendanceStatuses, repairSteps, ruptureKinds, strategies, tensionIndicators } from '../domain/taxonomy';
import { sourceIds, type SourceId } from './sources';
import type { Warning } from './warning';

const element = z.enum(['bond', 'goals', 'tasks']);
const series = z.strictObject({
  perspective: z.enum(['practitioner', 'caregiver']),
  caregiverId: idSchema.optional(),
});
const session = z.strictObject({ entryId: idSchema, date: calendarDateSchema });
const suggestions = z.strictObject({
  strategies: z.array(z.enum(strategies)).readonly(),
  repairSteps: z.array(z.enum(repairSteps)).readonly(),
});
const sources = z.array(z.enum(sourceIds as [SourceId, ...SourceId[]])).readonly();

const fall = z.strictObject({
  series,
  element,
  value: z.number(),
  lowest: z.number(),
  mean: z.number(),
  deviation: z.number(),
  earlierSessions: z.number(),
  deviations: z.number(),
  sessionsSince: z.number(),
});
const gap = z.strictObject({
  caregiverId: idSchema.optional(),
  element,
  caregiver: z.number(),
  practitioner: z.number(),
  gap: z.number(),
});
const splitRating = z.strictObject({ partyId: idSchema, value: z.number(), entryId: idSchema });
const split = z.strictObject({ element, caregivers: z.tuple([splitRating, splitRating]).readonly(), gap: z.number() });
const absence = z.strictObject({ id: idSchema, plannedOn: calendarDateSchema, status: z.enum(attendanceStatuses) });
const engagement = z.discriminatedUnion('trigger', [
  z.strictObject({ trigger: z.literal('absences'), absences: z.array(absence).readonly(), window: z.number() }),
  z.strictObject({
    trigger: z.literal('absence-after-low-rating'),
    absence,
    series,
    element,
    value: z.number(),
  }),
]);
const ruptures = ruptureKinds.filter((kind) => kind !== 'none') as [
  Exclude<(typeof ruptureKinds)[number], 'none'>,
  ...Exclude<(typeof ruptureKinds)[number], 'none'>[],
];
const unrecordedRepair = z.strictObject({ ruptures: z.array(z.enum(ruptures)).readonly() });
const repeatedWithdrawal = z.strictObject({ indicator: z.enum(tensionIndicators), sessionsInRow: z.number() });

function warningOf<Rule extends string, Level extends string, Details extends z.ZodType>(
  rule: Rule,
  levels: readonly [Level, ...Level[]],
  details: Details,
) {
  return z.strictObject({
    id: idSchema,
    rule: z.literal(rule),
    level: z.enum(levels),
    sessions: z.array(session).readonly(),
    details,
    sources,
    suggestions,
  });
}

export const warningSchema = z.discriminatedUnion('rule', [
  warningOf('alliance-fall', ['watch', 'possible-rupture'], fall),
  warningOf('unrepaired-fall', ['not-repaired'], fall),
  warningOf('perception-gap', ['perception-gap'], gap),
  warningOf('split-alliance', ['split-alliance'], split),
  warningOf('engagement-risk', ['engagement-risk'], engagement),
  warningOf('unrecorded-repair', ['prompt'], unrecordedRepair),
  warningOf('repeated-withdrawal', ['watch'], repeatedWithdrawal),
]);

// Compile-time checks that the schema and the engine's type are one.
type Parsed = z.output<typeof warningSchema>;
export const warningSchemaCoversWarning: [Warning] extends [Parsed] ? true : never = true;
export const warningSchemaIsWarning: [Parsed] extends [Warning] ? true : never = true;
