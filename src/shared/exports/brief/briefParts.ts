/** The parts of a brief besides its first page, in the order they are printed. */
export const briefParts = ['questions', 'alliance', 'tensions', 'state', 'excerpts', 'notes'] as const;
export type BriefPart = (typeof briefParts)[number];
