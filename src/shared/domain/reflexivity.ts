/** The structured parts of a reflection: tensions, relationships, strategies and prompt answers. */
import { z } from 'zod';
import {
  promptIds,
  relationshipQualities,
  repairSteps,
  ruptureKinds,
  strategies,
  strategyKinds,
  strategyOutcomes,
  systemicRelationships,
  tensionIndicators,
  tensionIntensities,
  tensionTypes,
} from './taxonomy';
import { idSchema, textSchema } from './primitives';

export const tensionSchema = z.strictObject({
  type: z.enum(tensionTypes),
  indicators: z.array(z.enum(tensionIndicators)),
  /** Ids of the parties involved. */
  parties: z.array(idSchema),
  /** Where in the child's system of relationships the tension sits, when the practitioner says. */
  relationship: z.enum(systemicRelationships).optional(),
  intensity: z.literal(tensionIntensities),
  rupture: z.enum(ruptureKinds),
  /** The repair steps taken, when the tension became a rupture. */
  repairSteps: z.array(z.enum(repairSteps)),
  note: textSchema.optional(),
});

export type Tension = z.infer<typeof tensionSchema>;

/** A relationship in the child's system that felt strong or strained in the session. */
export const relationshipNoteSchema = z.strictObject({
  relationship: z.enum(systemicRelationships),
  quality: z.enum(relationshipQualities),
  note: textSchema.optional(),
});

export type RelationshipNote = z.infer<typeof relationshipNoteSchema>;

/** A strategy used in the session and what followed it. `strategy` must be listed under `kind`. */
export const strategyUseSchema = z.strictObject({
  kind: z.enum(strategyKinds),
  strategy: z.enum(strategies),
  outcome: z.enum(strategyOutcomes),
  note: textSchema.optional(),
});

export type StrategyUse = z.infer<typeof strategyUseSchema>;

/** The answer to a phase prompt. Answers are reflexive and stay private in every export. */
export const promptAnswerSchema = z.strictObject({
  promptId: z.enum(promptIds),
  answer: textSchema.optional(),
  /** The practitioner chose to pass over the question; then there is no answer. */
  skipped: z.boolean().optional(),
});

export type PromptAnswer = z.infer<typeof promptAnswerSchema>;
