/** The languages a brief can be written in: its headings, labels, dates and pseudonyms. */
export const briefLanguages = ['en', 'es'] as const;
export type BriefLanguage = (typeof briefLanguages)[number];
