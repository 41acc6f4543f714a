/**
 * Case- and accent-free text for matching names: "MARÍA", "maria" and "Marí\u0301a" all fold to
 * "maria". The folded text keeps a map back to the original, so a match found in the folded
 * text replaces exactly the characters it covers in the original.
 */

/** Text with its accents and case removed, and where each folded character came from. */
export interface FoldedText {
  text: string;
  /** For each folded character, the index in the original where its character starts. */
  starts: number[];
  /** For each folded character, the index in the original just after its character (and any marks after it). */
  ends: number[];
}

const combiningMark = /\p{M}/u;

/** One character folded: accents dropped, lower case. Usually one character, sometimes none (a lone mark). */
export function foldCharacter(character: string): string {
  return character.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace('’', "'");
}

/** A whole string folded, without the map (for comparing words). */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replaceAll('’', "'");
}

/** Folds `original` and records, for every folded character, the span of the original it stands for. */
export function foldWithMap(original: string): FoldedText {
  let text = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let index = 0;
  for (const character of original) {
    const start = index;
    index += character.length;
    if (combiningMark.test(character)) {
      // A decomposed accent belongs to the letter before it.
      if (ends.length > 0) ends[ends.length - 1] = index;
      continue;
    }
    for (const folded of foldCharacter(character)) {
      text += folded;
      starts.push(start);
      ends.push(index);
    }
  }
  return { text, starts, ends };
}

/** The original span of folded characters [from, to). */
export function originalSpan(folded: FoldedText, from: number, to: number): { start: number; end: number } {
  return { start: folded.starts[from] ?? 0, end: folded.ends[to - 1] ?? folded.starts[from] ?? 0 };
}

/** Escapes text for use inside a RegExp (also one with the `u` flag, which refuses needless escapes). */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
