/**
 * Capitalised words left after de-identification that could be names nobody listed: a word whose
 * lower-case form is not in the dictionary ("Ximena", "Karen", "Aromos"), or any capitalised word
 * right after a title ("Sra. Soto") or a pseudonym ("Caregiver A Soto"). The practitioner
 * marks each one as a name (an alias of a party) or as safe for this case.
 */
import { escapeRegExp, fold } from '../../text/normalize';
import { contextAround } from './context';
import { titles } from './names';

/** The dictionaries, seen from the shared code: main loads them (Hunspell, English and Spanish). */
export interface Lexicon {
  /** True when the word, exactly as given, is a word of one of the dictionaries. */
  isWord(word: string): boolean;
}

export interface NameWarning {
  /** As first written in the brief. */
  word: string;
  count: number;
  /** Up to three short passages of the de-identified brief around the word. */
  contexts: string[];
}

export interface WarningScanOptions {
  lexicon: Lexicon;
  /** Words the practitioner marked as safe for this case (any case or accents). */
  safeWords: readonly string[];
  /** Pseudonyms and markers: never warned about, and a word beside a pseudonym is suspect. */
  pseudonyms: readonly string[];
  markers: readonly string[];
}

/** Words that are capitalised in English but never a person's name, so they never need marking. */
const builtInSafeWords = [
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'january',
  'february',
  'april',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
  'english',
  'spanish',
  'alianza',
];

const contextsKept = 3;
const tokenPattern = /\p{L}[\p{L}\p{M}'’]*/gu;

/** Collects warnings over every text of a brief; `warnings()` lists them, most frequent first. */
export function createWarningScan(options: WarningScanOptions) {
  const safe = new Set([...builtInSafeWords, ...options.safeWords.map(fold)]);
  const pseudonymWords = new Set(options.pseudonyms.flatMap((label) => label.split(/[\s/]+/)).map(fold));
  const masked = [...options.pseudonyms, ...options.markers].sort((a, b) => b.length - a.length);
  const maskPattern = masked.length === 0 ? undefined : new RegExp(masked.map(escapeRegExp).join('|'), 'gu');
  const labels = options.pseudonyms.map(escapeRegExp).join('|');
  const afterLabel = labels === '' ? undefined : new RegExp(`(?:${labels})[\\s-]+$`, 'u');
  const afterTitle = new RegExp(`(?<![\\p{L}\\p{N}])(?:${titles.join('|')})\\.?\\s+$`, 'iu');
  const wordCache = new Map<string, boolean>();
  const found = new Map<string, NameWarning>();

  const lowerIsWord = (token: string): boolean => {
    const lower = token.toLocaleLowerCase();
    let known = wordCache.get(lower);
    if (known === undefined) {
      known = options.lexicon.isWord(lower);
      wordCache.set(lower, known);
    }
    return known;
  };

  function scan(text: string): void {
    const plain = maskPattern === undefined ? text : text.replace(maskPattern, (label) => ' '.repeat(label.length));
    for (const match of plain.matchAll(tokenPattern)) {
      const token = match[0].replace(/['’]s?$/u, '');
      if (token.length < 2 || !/^\p{Lu}/u.test(token)) continue;
      const folded = fold(token);
      if (safe.has(folded) || pseudonymWords.has(folded)) continue;
      const before = text.slice(Math.max(0, match.index - 40), match.index);
      // Right after a pseudonym ("Caregiver A Soto") or a title ("Sra. Soto"), a capitalised word is a name.
      const suspect = afterLabel?.test(before) === true || afterTitle.test(before);
      if (!suspect && lowerIsWord(token)) continue;
      const warning = found.get(folded) ?? { word: token, count: 0, contexts: [] };
      warning.count += 1;
      if (warning.contexts.length < contextsKept) warning.contexts.push(contextAround(text, match.index, token.length));
      found.set(folded, warning);
    }
  }

  return {
    scan,
    warnings: (): NameWarning[] =>
      [...found.values()].sort((a, b) => b.count - a.count || a.word.localeCompare(b.word)),
  };
}
