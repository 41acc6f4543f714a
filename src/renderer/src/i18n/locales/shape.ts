/** The same keys with string leaves: what a translation of an English text tree must provide. */
export type TranslationsOf<T> = { [K in keyof T]: T[K] extends string ? string : TranslationsOf<T[K]> };
