/** A short piece of a text around the first place a search term occurs, quoted from the original. */
import { foldWithOrigins, type FoldedText } from './textFolding';

/** Characters of context kept before the match; the rest of the excerpt follows it. */
const contextBefore = 50;
/** About how many characters an excerpt quotes. */
export const excerptLength = 160;

const wordCharacter = /[\p{L}\p{N}]/u;

/** Where the earliest of `terms` starts a word in the folded text, or undefined. */
export function firstMatch(folded: string, terms: readonly string[]): number | undefined {
  let earliest: number | undefined;
  for (const term of terms) {
    if (term === '') continue;
    let from = 0;
    for (;;) {
      const found = folded.indexOf(term, from);
      if (found < 0 || (earliest !== undefined && found >= earliest)) break;
      if (found === 0 || !wordCharacter.test(folded.charAt(found - 1))) {
        earliest = found;
        break;
      }
      from = found + 1;
    }
  }
  return earliest;
}

/** How many of `terms` start a word somewhere in the folded text. */
export function countMatches(folded: string, terms: readonly string[]): number {
  return terms.filter((term) => firstMatch(folded, [term]) !== undefined).length;
}

/**
 * About `excerptLength` characters of `text` around the first term found (the start when none
 * is), cut at spaces, with markdown markers and line breaks flattened and "…" where it was cut.
 */
export function excerptAround(text: string, terms: readonly string[], folded?: FoldedText): string {
  const { folded: foldedText, origins } = folded ?? foldWithOrigins(text);
  const matchAt = firstMatch(foldedText, terms);
  const matchStart = matchAt === undefined ? 0 : (origins[matchAt] ?? 0);
  let start = Math.max(0, matchStart - contextBefore);
  let end = Math.min(text.length, start + excerptLength);
  if (end === text.length) start = Math.max(0, end - excerptLength);
  if (start > 0) {
    const space = text.indexOf(' ', start);
    if (space >= 0 && space < matchStart) start = space + 1;
  }
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space > matchStart) end = space;
  }
  // A cut inside a run without spaces (emoji) must not split a surrogate pair: half shows as "�".
  if (splitsPair(text, start)) start--;
  if (splitsPair(text, end)) end++;
  const quoted = flatten(text.slice(start, end));
  return `${start > 0 ? '…' : ''}${quoted}${end < text.length ? '…' : ''}`;
}

/** Whether cutting `text` at `at` separates a high surrogate from its low one. */
function splitsPair(text: string, at: number): boolean {
  const before = text.charCodeAt(at - 1);
  const after = text.charCodeAt(at);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}

/** One line of plain words: the excerpt is shown as text, not rendered as markdown. */
function flatten(text: string): string {
  return text
    .replace(/[*_`#>]+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}
