/**
 * The details found by their shape removed from many texts at once, pattern by pattern: each
 * pattern and its prefilters run over every text before the next pattern does. The regex engine
 * then stays on one pattern at a time, which is much quicker over many short texts (the lines of
 * a written brief) than every pattern over one text and then the next. Each text gets exactly
 * what it would get alone: a pattern sees only what the patterns before it left of that text.
 */
import type { BriefLanguage } from '../language';
import { markerFor, type ReplacementKind } from './markers';
import { createPrefilterCheck, type DetailPattern } from './patterns';

/** One detail taken out of a text, and the marker put in its place. */
export interface RemovedDetail {
  kind: ReplacementKind;
  original: string;
  marker: string;
}

export interface DetailRemoval {
  /** Each text without its details. */
  texts: string[];
  /** For each text, what was removed from it, in the order the patterns removed it. */
  removed: RemovedDetail[][];
}

export function createDetailRemoval(
  patterns: readonly DetailPattern[],
  language: BriefLanguage,
): (inputs: readonly string[]) => DetailRemoval {
  const prefilters = createPrefilterCheck(patterns);
  const markers = patterns.map(({ kind }) => markerFor(kind, language));
  return (inputs) => {
    const texts = [...inputs];
    const removed = texts.map((): RemovedDetail[] => []);
    prefilters.start(texts.length);
    // Plain loops: this runs for every pattern of every text the brief holds.
    for (let index = 0; index < patterns.length; index++) {
      const { kind, pattern, keep } = patterns[index] as DetailPattern;
      const marker = markers[index] ?? '';
      for (let slot = 0; slot < texts.length; slot++) {
        const text = texts[slot] ?? '';
        if (!prefilters.passes(index, text, slot)) continue;
        const found = removed[slot];
        // The patterns have no capturing groups, so the callback gets (match, offset, whole).
        const replaced = text.replace(pattern, (match: string, offset: number, whole: string) => {
          if (keep?.(match, whole.slice(Math.max(0, offset - 8), offset), whole.slice(offset + match.length)) === true)
            return match;
          found?.push({ kind, original: match, marker });
          return marker;
        });
        if (replaced === text) continue;
        // A marker brings words of its own ("[correo eliminado]"): the next patterns test the new text.
        prefilters.forget(slot);
        texts[slot] = replaced;
      }
    }
    return { texts, removed };
  };
}
