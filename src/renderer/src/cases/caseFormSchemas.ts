/**
 * The case forms' schemas: each takes the text as typed, turns it into the request and checks it
 * with the request's own schema from `src/shared`, so the rules are written once. Only what the
 * form knows and the request cannot (the other cases' aliases, the dates already in the case) is
 * added here, as problem codes the form translates.
 */
import { z } from 'zod';
import type { SessionPlan } from '../../../shared/domain/attendance';
import type { Phase, PhaseDecider } from '../../../shared/domain/taxonomy';
import {
  changePhaseRequestSchema,
  createCaseRequestSchema,
  setCaseStatusRequestSchema,
  updateCaseRequestSchema,
} from '../../../shared/journal/requests';
import type { SessionPlanDraft } from '../attendance/SessionPlanFields';
import { goalFromDraft, goalsForParties, partyFromDraft, type GoalDraft, type PartyDraft } from './caseDrafts';
import type { Problem } from './caseProblems';

/** The alias, court file reference and programme as typed. */
export interface IdentityValues {
  alias: string;
  reference: string;
  program: string;
}

export interface NewCaseValues extends IdentityValues {
  phase: Phase;
  openedAt: string;
  parties: PartyDraft[];
  goals: GoalDraft[];
}

export interface DetailsValues extends IdentityValues {
  sessionPlan: SessionPlanDraft;
}

type CreateRequest = z.input<typeof createCaseRequestSchema>;
type UpdateRequest = z.input<typeof updateCaseRequestSchema>;
type StatusRequest = z.input<typeof setCaseStatusRequestSchema>;
type PhaseRequest = z.input<typeof changePhaseRequestSchema>;

/** The values of one field the form holds as typed; the request's schema checks what they become. */
const typed = <T>() => z.custom<T>(() => true);

/** Blank optional text is left out of a new case. */
function optionalText(text: string): string | undefined {
  const trimmed = text.trim();
  return trimmed === '' ? undefined : trimmed;
}

function sameAlias(one: string, other: string): boolean {
  return one.trim().toLocaleLowerCase() === other.trim().toLocaleLowerCase();
}

/** The alias must name no other case (compared as a reader would). */
function aliasFree(otherAliases: readonly string[]) {
  return (request: { alias?: string }, context: z.RefinementCtx) => {
    const alias = request.alias ?? '';
    if (alias.trim() !== '' && otherAliases.some((other) => sameAlias(other, alias)))
      context.addIssue({ code: 'custom', path: ['alias'], message: 'alias-taken' satisfies Problem });
  };
}

/** A plan as typed: none, one of the usual, or custom with its days (checked by the plan's schema). */
function planOf(draft: SessionPlanDraft): SessionPlan | null {
  if (draft.frequency === '') return null;
  if (draft.frequency !== 'custom') return { frequency: draft.frequency };
  const days = draft.everyDays.trim();
  return { frequency: 'custom', everyDays: days === '' ? Number.NaN : Number(days) };
}

export function newCaseSchema(otherAliases: readonly string[]) {
  return z
    .object({
      alias: z.string(),
      reference: z.string(),
      program: z.string(),
      phase: typed<Phase>(),
      openedAt: z.string(),
      parties: z.array(typed<PartyDraft>()),
      goals: z.array(typed<GoalDraft>()),
    })
    .transform((values): CreateRequest => {
      const partyIds = new Set(values.parties.map((party) => party.id));
      const reference = optionalText(values.reference);
      const program = optionalText(values.program);
      return {
        alias: values.alias.trim(),
        ...(reference === undefined ? {} : { reference }),
        ...(program === undefined ? {} : { program }),
        phase: values.phase,
        openedAt: values.openedAt,
        parties: values.parties.map(partyFromDraft),
        goals: values.goals.map((goal) => goalFromDraft(goal, partyIds)),
      };
    })
    .pipe(createCaseRequestSchema)
    .superRefine(aliasFree(otherAliases));
}

/**
 * Details of a case: blank text clears it (`null`); a plan is cleared only when there was one, so
 * a case that never had one is left as it was.
 */
export function detailsSchema(caseId: string, hadPlan: boolean, otherAliases: readonly string[]) {
  return z
    .object({ alias: z.string(), reference: z.string(), program: z.string(), sessionPlan: typed<SessionPlanDraft>() })
    .transform((values): UpdateRequest => {
      const plan = planOf(values.sessionPlan);
      return {
        caseId,
        alias: values.alias.trim(),
        reference: optionalText(values.reference) ?? null,
        program: optionalText(values.program) ?? null,
        ...(plan === null && !hadPlan ? {} : { sessionPlan: plan }),
      };
    })
    .pipe(updateCaseRequestSchema)
    .superRefine(aliasFree(otherAliases));
}

/** The parties; goals lose their agreements with anyone removed. */
export function partiesSchema(caseId: string, goals: Parameters<typeof goalsForParties>[0]) {
  return z
    .object({ parties: z.array(typed<PartyDraft>()) })
    .transform((values): UpdateRequest => {
      const parties = values.parties.map(partyFromDraft);
      return { caseId, parties, goals: goalsForParties(goals, parties) };
    })
    .pipe(updateCaseRequestSchema);
}

export function goalsSchema(caseId: string, partyIds: ReadonlySet<string>) {
  return z
    .object({ goals: z.array(typed<GoalDraft>()) })
    .transform((values): UpdateRequest => ({
      caseId,
      goals: values.goals.map((goal) => goalFromDraft(goal, partyIds)),
    }))
    .pipe(updateCaseRequestSchema);
}

/** A date the case already holds that another may not precede, and the problem that says so. */
export interface NotBefore {
  date: string;
  problem: 'date-before-opening' | 'date-before-last-change';
}

function notBefore(field: string, earliest: NotBefore) {
  return (request: Record<string, unknown>, context: z.RefinementCtx) => {
    const date = request[field];
    if (typeof date === 'string' && date !== '' && date < earliest.date)
      context.addIssue({ code: 'custom', path: [field], message: earliest.problem satisfies Problem });
  };
}

export function closeCaseSchema(caseId: string, openedAt: string) {
  return z
    .object({ closedAt: z.string() })
    .transform((values): StatusRequest => ({ caseId, status: 'closed' as const, closedAt: values.closedAt }))
    .pipe(setCaseStatusRequestSchema)
    .superRefine(notBefore('closedAt', { date: openedAt, problem: 'date-before-opening' }));
}

export function archiveCaseSchema(caseId: string) {
  return z
    .object({})
    .transform((): StatusRequest => ({ caseId, status: 'archived' as const }))
    .pipe(setCaseStatusRequestSchema);
}

export interface PhaseValues {
  phase: Phase;
  changedAt: string;
  decidedBy: PhaseDecider;
  reason: string;
}

export function changePhaseSchema(caseId: string, earliest: NotBefore) {
  return z
    .object({
      phase: typed<Phase>(),
      changedAt: z.string(),
      decidedBy: typed<PhaseDecider>(),
      reason: z.string(),
    })
    .transform((values): PhaseRequest => {
      const reason = optionalText(values.reason);
      return {
        caseId,
        phase: values.phase,
        changedAt: values.changedAt,
        decidedBy: values.decidedBy,
        ...(reason === undefined ? {} : { reason }),
      };
    })
    .pipe(changePhaseRequestSchema)
    .superRefine(notBefore('changedAt', earliest));
}
