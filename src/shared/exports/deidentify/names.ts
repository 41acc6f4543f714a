/**
 * Finding every way a party is named: the full name and each alias as written, and for people
 * also each given name and surname alone, in any case and with or without accents, with a
 * title before it ("Sra. Pérez", "Don Luis", "Mr Smith") or initials ("M. J. Pérez").
 */
import type { PartyRole } from '../../domain/taxonomy';
import { escapeRegExp, fold, originalSpan, readingView } from '../../text/normalize';

/** A party as the matcher sees it, with the pseudonym it is replaced by. */
export interface NamedParty {
  role: PartyRole;
  name: string;
  aliases: readonly string[];
  pseudonym: string;
}

/** One way of naming someone, folded, and the pseudonyms of everyone it may name. */
interface NameVariant {
  folded: string;
  candidates: readonly string[];
  /** Only a diminutive or short form of a listed name: replaced only where capitalised and not a word. */
  derived?: boolean;
}

/** A replaced span of the original text. */
export interface NameMatch {
  start: number;
  end: number;
  replacement: string;
}

/** Titles absorbed into the replaced span, folded (no accents, lower case). */
export const titles = [
  'sra',
  'sr',
  'srta',
  'sres',
  'senora',
  'senor',
  'senorita',
  'don',
  'dona',
  'mrs',
  'mr',
  'ms',
  'mx',
  'dr',
  'dra',
  'prof',
  'profa',
  'tia',
  'tio',
  'miss',
  'mister',
  'sir',
  'madam',
];

/** Words inside names that are not names on their own ("de" in "María de la Luz"). */
const particles = new Set([
  'de',
  'del',
  'la',
  'las',
  'los',
  'el',
  'y',
  'e',
  'i',
  'o',
  'da',
  'das',
  'do',
  'dos',
  'di',
  'du',
  'van',
  'von',
  'der',
  'den',
  'le',
  'san',
  'santa',
  'the',
  'of',
  'and',
  ...titles,
]);

/** A party named after an institution ("Juzgado de Familia de…") is matched whole, never word by word. */
const institutionWords = new Set([
  'juzgado',
  'tribunal',
  'colegio',
  'escuela',
  'liceo',
  'jardin',
  'programa',
  'centro',
  'cesfam',
  'hospital',
  'consultorio',
  'oficina',
  'equipo',
  'fundacion',
  'corporacion',
  'municipalidad',
  'servicio',
  'court',
  'school',
  'centre',
  'center',
  'clinic',
  'team',
  'office',
  'service',
  'department',
  'council',
]);

const wordPattern = /[\p{L}\p{N}'’]+/gu;
/** Longer words are matched as written, without the markup-tolerant spelling (a pasted paragraph is not a name). */
const longestSpelledWord = 40;

/** Every variant of every party, longest first. */
export function nameVariants(parties: readonly NamedParty[]): NameVariant[] {
  const replacements = new Map<string, Set<string>>();
  const derivedOnly = new Set<string>();
  const listed = new Set<string>();
  const add = (folded: string, replacement: string, derived = false) => {
    if (folded === '') return;
    const set = replacements.get(folded) ?? new Set<string>();
    set.add(replacement);
    replacements.set(folded, set);
    if (derived) derivedOnly.add(folded);
    else listed.add(folded);
  };
  for (const party of parties) {
    const people = splitsIntoWords(party.role, fold(party.name).match(wordPattern) ?? []);
    for (const [index, phrase] of [party.name, ...party.aliases].entries()) {
      const words = fold(phrase).match(wordPattern) ?? [];
      if (words.length === 0) continue;
      add(words.join(' '), party.pseudonym);
      if (!people) continue;
      const given = words.find((word) => !particles.has(word));
      // A given name's usual diminutives and short forms ("Benja" → "Benjita", "Alfie" → "Alf").
      if (given !== undefined) {
        for (const form of shortForms(given)) add(form, party.pseudonym, true);
      }
      if (words.length < 2) continue;
      // User names and e-mail local parts made of the name: "jmardones", "dbishop", "jacintamardones".
      const surnames = words.filter((word) => word !== given && !particles.has(word) && word.length >= 4);
      if (index === 0 && given !== undefined) {
        for (const surname of surnames) add(`${given.charAt(0)}${surname}`, party.pseudonym);
        for (const surname of surnames) add(`${given}${surname}`, party.pseudonym);
      }
      // Every word of a person's name alone, whatever case it was entered in ("jacinta mardones").
      for (const [position, word] of words.entries()) {
        if (word.length < 2 || particles.has(word) || /^\d+$/.test(word)) continue;
        add(word, party.pseudonym);
        // A family called by its surname in the plural ("the Reyeses").
        if (index === 0 && position > 0 && word.length >= 4)
          add(/(?:s|z|x)$/.test(word) ? `${word}es` : `${word}s`, party.pseudonym, true);
      }
    }
  }
  return [...replacements]
    .map(([folded, set]) => ({
      folded,
      candidates: [...set],
      derived: derivedOnly.has(folded) && !listed.has(folded),
    }))
    .sort((a, b) => b.folded.split(' ').length - a.folded.split(' ').length || b.folded.length - a.folded.length);
}

/**
 * Forms a given name is commonly shortened or made small to, in Spanish and English: the name
 * cut to three or four letters or more ("Alf", "Benj"), with a diminutive ending ("Benjita",
 * "Agusito", "Rosie", "Tommy"). They are replaced only where they are capitalised and not a
 * dictionary word, since "Mar" or "Tom" also mean other things.
 */
function shortForms(given: string): string[] {
  if (given.length < 4 || !/^\p{L}+$/u.test(given)) return [];
  const forms = new Set<string>();
  const stems = new Set<string>([given.replace(/[aeiouy]$/, '')]);
  for (const length of [3, 4, 5]) {
    if (length >= given.length) break;
    const prefix = given.slice(0, length);
    if (length <= 4 && given.length >= 5) forms.add(prefix);
    if (length >= 4) stems.add(prefix.replace(/[aeiouy]$/, ''));
  }
  for (const stem of stems) {
    if (stem.length < 3) continue;
    for (const ending of ['ita', 'ito', 'ica', 'ico', 'ie', 'y', 'i']) forms.add(`${stem}${ending}`);
  }
  for (const ending of ['cita', 'cito', 'ita', 'ito']) forms.add(`${given}${ending}`);
  forms.delete(given);
  return [...forms];
}

function splitsIntoWords(role: PartyRole, words: readonly string[]): boolean {
  return role !== 'court' && !institutionWords.has(words[0] ?? '');
}

/** A folded word as a pattern that also finds it with underscores between its letters ("Rosa_linda"). */
function spelled(word: string): string {
  if (word.length > longestSpelledWord) return escapeRegExp(word);
  return [...word].map(escapeRegExp).join('_?');
}

/** What the matcher needs to know about words beyond the case: whether a name is also an ordinary word. */
export interface NameMatcherOptions {
  /** Pseudonym (or marker) for a word shared by several parties when it is unclear whose. */
  ambiguous: string;
  /** True for a folded word that is also an ordinary word ("rosa", "paz", "will"). */
  isOrdinaryWord?: (folded: string) => boolean;
}

/** A listed name left in place because, as written, it reads as an ordinary word ("una blusa rosa"). */
export interface DoubtfulName {
  start: number;
  end: number;
  replacement: string;
}

export interface NameMatches {
  matches: NameMatch[];
  doubtful: DoubtfulName[];
}

/**
 * A matcher for the variants, returning the spans to replace in an original text. The text is
 * read as a reader sees it (`readingView`): invisible characters, entities and Markdown marks
 * inside a name do not hide it. A name may touch digits or underscores ("Benja2017",
 * "benja_leiva"), never other letters ("Mariana" is not "María"). A word shared by several
 * parties ("Pérez") takes the pseudonym of the party named just before it ("María Pérez"), else
 * `ambiguous`, since guessing wrong would tell the supervisor something false. A one-word name
 * that is also an ordinary word is replaced only where it reads as a name: capitalised, after a
 * title or beside another name; elsewhere it is returned as doubtful for the practitioner.
 */
export function createNameMatcher(
  variants: readonly NameVariant[],
  options: NameMatcherOptions,
): (text: string) => NameMatches {
  if (variants.length === 0) return () => ({ matches: [], doubtful: [] });
  const byFolded = new Map(variants.map((variant) => [variant.folded, variant.candidates]));
  // Words of a name glued by Markdown marks ("Rose**Hughes**" reads "RoseHughes") are found by their letters alone.
  const byLetters = new Map(variants.map((variant) => [variant.folded.replaceAll(' ', ''), variant.candidates]));
  const derived = new Set(variants.filter((variant) => variant.derived === true).map((variant) => variant.folded));
  // Short forms are matched as written: spelling each with underscores would only slow every search.
  const body = variants
    .map((variant) =>
      variant.derived === true
        ? escapeRegExp(variant.folded)
        : variant.folded.split(' ').map(spelled).join('[\\s_.-]*'),
    )
    .join('|');
  const title = `(?:(?:${titles.join('|')})\\.?\\s+)?`;
  const pattern = new RegExp(`(?<!\\p{L})(${title})(${body})(?!\\p{L})`, 'gu');
  /**
   * Whether the pattern can match a folded text: the same names, only after what is no ASCII
   * letter (every character the pattern lets stand before a name is one) or at the start. Most
   * places are inside a word: one test of the character before them is quicker than the
   * lookbehind and every name there, and most lines of a written brief name nobody.
   */
  const mayMatch = new RegExp(`(?:^|[^a-z])${title}(?:${body})(?!\\p{L})`, 'u');
  const ordinary = remembered(options.isOrdinaryWord);
  /** Whether the word after folded position `to` is a name too ("rosa soto"). */
  const besideName = (folded: string, to: number): boolean => {
    const next = folded.slice(to).match(/^[\s_-]+(\p{L}+)/u)?.[1];
    return next !== undefined && byFolded.has(next);
  };

  return (text) => {
    const view = readingView(text, { markup: true });
    const matches: NameMatch[] = [];
    const doubtful: DoubtfulName[] = [];
    if (!mayMatch.test(view.text)) return { matches, doubtful };
    // `exec` on the one pattern: `matchAll` would copy this long pattern for every text.
    pattern.lastIndex = 0;
    for (let match = pattern.exec(view.text); match !== null; match = pattern.exec(view.text)) {
      const from = match.index;
      const to = from + match[0].length;
      const key = nameKey(match[2] ?? '');
      const candidates = byFolded.get(key) ?? byLetters.get(key.replaceAll(' ', ''));
      if (candidates === undefined) continue;
      const span = originalSpan(view, from, to);
      if (derived.has(key)) {
        // A short form stands for a name only where it is written as one.
        if (!writtenCapitalised(text, span.start, span.end) || ordinary?.(key) === true) continue;
      }
      const start = withInitials(text, span.start);
      const previous = matches.at(-1);
      const adjacent = previous !== undefined && /^[\s_-]*$/.test(text.slice(previous.end, start));
      const replacement = candidates.length === 1 ? (candidates[0] ?? options.ambiguous) : options.ambiguous;
      const titled = (match[1] ?? '') !== '';
      if (ordinary !== undefined && !key.includes(' ') && !titled && !adjacent && ordinary(key)) {
        if (!writtenCapitalised(text, span.start, span.end) && !besideName(view.text, to)) {
          doubtful.push({ start: span.start, end: span.end, replacement });
          continue;
        }
      }
      // "María Pérez" (neither a full name nor an alias) is two matches of one person: keep one pseudonym.
      if (adjacent && candidates.includes(previous.replacement)) {
        previous.end = span.end;
        continue;
      }
      if (adjacent && previous.replacement === replacement) previous.end = span.end;
      else matches.push({ start, end: span.end, replacement });
    }
    return { matches, doubtful };
  };
}

/** Whether a name as written starts with a capital, past any marks before its first letter ("**Rosa"). */
function writtenCapitalised(text: string, start: number, end: number): boolean {
  return startsCapitalised.test(text.slice(start, end).replace(leadingNonLetters, ''));
}
const startsCapitalised = /^\p{Lu}/u;
const leadingNonLetters = /^[^\p{L}]+/u;

/** The words of a matched name, one space between them ("rosa_linda", "Rosa - Linda" → "rosa linda"). */
function nameKey(spelledName: string): string {
  if (!wordBreak.test(spelledName)) return spelledName;
  return spelledName
    .replaceAll('_', ' ')
    .split(/[\s-]+/)
    .filter((word) => word !== '')
    .join(' ');
}
const wordBreak = /[\s_-]/;

/** The answer for each word asked once: the same words are asked about in every text of a brief. */
function remembered(answer: ((word: string) => boolean) | undefined): ((word: string) => boolean) | undefined {
  if (answer === undefined) return undefined;
  const answers = new Map<string, boolean>();
  return (word) => {
    let known = answers.get(word);
    if (known === undefined) {
      known = answer(word);
      answers.set(word, known);
    }
    return known;
  };
}

/** Moves a match's start back over initials written before it ("M. J. Pérez"). */
function withInitials(text: string, start: number): number {
  // Initials end in a full stop: without one just before, there are none.
  const stop = text.lastIndexOf('.', start - 1);
  if (stop === -1 || stop < start - 12) return start;
  const before = /(?:(?<![\p{L}\p{N}])\p{Lu}\.\s*)+$/u.exec(text.slice(Math.max(0, start - 12), start));
  return before === null ? start : start - before[0].length;
}
