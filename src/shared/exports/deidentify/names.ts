/**
 * Finding every way a party is named: the full name and each alias as written, and for people
 * also each given name and surname alone, in any case and with or without accents, with a
 * title before it ("Sra. Pérez", "Don Luis", "Mr Smith") or initials ("M. J. Pérez").
 */
import type { PartyRole } from '../../domain/taxonomy';
import { escapeRegExp, fold, foldWithMap, originalSpan } from './folding';

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

/** Every variant of every party, longest first. */
export function nameVariants(parties: readonly NamedParty[]): NameVariant[] {
  const replacements = new Map<string, Set<string>>();
  const add = (folded: string, replacement: string) => {
    if (folded === '') return;
    const set = replacements.get(folded) ?? new Set<string>();
    set.add(replacement);
    replacements.set(folded, set);
  };
  for (const party of parties) {
    for (const phrase of [party.name, ...party.aliases]) {
      const words = phrase.match(wordPattern) ?? [];
      if (words.length === 0) continue;
      add(words.map(fold).join(' '), party.pseudonym);
      if (words.length < 2 || !splitsIntoWords(party.role, words)) continue;
      for (const word of words) {
        const folded = fold(word);
        if (folded.length >= 2 && !particles.has(folded) && /^\p{Lu}/u.test(word)) add(folded, party.pseudonym);
      }
    }
  }
  return [...replacements]
    .map(([folded, set]) => ({ folded, candidates: [...set] }))
    .sort((a, b) => b.folded.split(' ').length - a.folded.split(' ').length || b.folded.length - a.folded.length);
}

function splitsIntoWords(role: PartyRole, words: readonly string[]): boolean {
  return role !== 'court' && !institutionWords.has(fold(words[0] ?? ''));
}

/**
 * A matcher for the variants, returning the spans to replace in an original text. A word shared by
 * several parties ("Pérez") takes the pseudonym of the party named just before it ("María Pérez"),
 * else `ambiguous`, since guessing wrong would tell the supervisor something false.
 */
export function createNameMatcher(variants: readonly NameVariant[], ambiguous: string): (text: string) => NameMatch[] {
  if (variants.length === 0) return () => [];
  const byFolded = new Map(variants.map((variant) => [variant.folded, variant.candidates]));
  const body = variants.map((variant) => variant.folded.split(' ').map(escapeRegExp).join('[\\s-]+')).join('|');
  const title = `(?:(?:${titles.join('|')})\\.?\\s+)?`;
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(${title})(${body})(?![\\p{L}\\p{N}])`, 'gu');

  return (text) => {
    const folded = foldWithMap(text);
    const matches: NameMatch[] = [];
    for (const match of folded.text.matchAll(pattern)) {
      const from = match.index;
      const to = from + match[0].length;
      const key = (match[2] ?? '').split(/[\s-]+/).join(' ');
      const candidates = byFolded.get(key);
      if (candidates === undefined) continue;
      const span = originalSpan(folded, from, to);
      const start = withInitials(text, span.start);
      const previous = matches.at(-1);
      const adjacent = previous !== undefined && /^[\s-]*$/.test(text.slice(previous.end, start));
      // "María Pérez" (neither a full name nor an alias) is two matches of one person: keep one pseudonym.
      if (adjacent && candidates.includes(previous.replacement)) {
        previous.end = span.end;
        continue;
      }
      const replacement = candidates.length === 1 ? (candidates[0] ?? ambiguous) : ambiguous;
      if (adjacent && previous.replacement === replacement) previous.end = span.end;
      else matches.push({ start, end: span.end, replacement });
    }
    return matches;
  };
}

/** Moves a match's start back over initials written before it ("M. J. Pérez"). */
function withInitials(text: string, start: number): number {
  const before = /(?:(?<![\p{L}\p{N}])\p{Lu}\.\s*)+$/u.exec(text.slice(Math.max(0, start - 12), start));
  return before === null ? start : start - before[0].length;
}
