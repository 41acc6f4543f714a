/**
 * Spanish articles before a replaced name ("la Rosa", "del Pedro", "al Benja") must agree with
 * the pseudonym: "la Abuela A", "del Padre A". A neutral pseudonym ("Madre/padre A", "NNA 1")
 * agrees with no article, so the article goes ("con la Rosa" → "con Madre/padre A"), which is
 * also how a report names someone.
 */
import type { GrammaticalGender } from './kinship';

const articleBefore = /(?<![\p{L}\p{N}])(el|la|del|de la|al|a la)(\s+)$/iu;
const longestArticle = 'de la'.length;

const agreeing: Record<GrammaticalGender, Record<string, string>> = {
  feminine: { el: 'la', la: 'la', del: 'de la', 'de la': 'de la', al: 'a la', 'a la': 'a la' },
  masculine: { el: 'el', la: 'el', del: 'del', 'de la': 'del', al: 'al', 'a la': 'al' },
  neutral: { el: '', la: '', del: 'de', 'de la': 'de', al: 'a', 'a la': 'a' },
};

/** `before` (the text up to a replaced name) with its last article made to agree with `gender`. */
export function agreeArticle(before: string, gender: GrammaticalGender): string {
  // The article ends where the trailing spaces start and is at most five characters long; the
  // pattern also looks at the character before it (two code units if astral). Only that end of
  // a long text is searched.
  const from = Math.max(0, before.trimEnd().length - longestArticle - 2);
  const found = articleBefore.exec(before.slice(from));
  if (found === null) return before;
  const written = found[1] ?? '';
  const article = agreeing[gender][written.toLowerCase().replace(/\s+/g, ' ')];
  if (article === undefined) return before;
  const head = before.slice(0, from + found.index);
  if (article === '') return head;
  const capitalised = /^\p{Lu}/u.test(written) ? article.charAt(0).toUpperCase() + article.slice(1) : article;
  return `${head}${capitalised}${found[2] ?? ' '}`;
}
