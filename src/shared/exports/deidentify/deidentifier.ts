/**
 * De-identification of every text that leaves the journal for supervision. Details found by their
 * shape go first (links, e-mails, dates of birth, court references, IDs, phones, addresses, long
 * numbers), then every name of every party becomes that party's pseudonym. What was replaced is
 * tallied for the preview, which the practitioner reads before anything is exported.
 */
import type { Party } from '../../domain/party';
import type { BriefLanguage } from '../language';
import { agreeArticle } from './articles';
import { contextAround } from './context';
import { kinshipWord, roleWords, type GrammaticalGender } from './kinship';
import { markerFor, type ReplacementKind } from './markers';
import { cleanExportText, fold } from '../../text/normalize';
import { findQuasiIdentifiers, generalisedLabel } from './quasiIdentifiers';
import { decodeVisibleEntities } from './entities';
import { createNameMatcher, nameVariants, type NamedParty } from './names';
import { createDetailRemoval } from './detailRemoval';
import { detailPatterns, referencePatterns, type DetailPattern } from './patterns';
import { assignmentFor, pseudonymLabel, type PseudonymAssignment } from './pseudonyms';

export interface DeidentifyOptions {
  parties: readonly Party[];
  /** From `assignPseudonyms`: every party of the case has one. */
  pseudonyms: readonly PseudonymAssignment[];
  /** The case's court file reference, removed wherever it appears. */
  reference?: string;
  language: BriefLanguage;
  /** True for a folded word that is also an ordinary word: such a name is replaced only where it reads as a name. */
  isOrdinaryWord?: (folded: string) => boolean;
  /** People outside the case the practitioner named in a warning ("This is a name"), with their pseudonyms. */
  others?: readonly { words: readonly string[]; pseudonym: string }[];
  /** Pseudonyms the practitioner wrote for parties of this case, by party id, in place of the derived ones. */
  customLabels?: ReadonlyMap<string, string>;
  /** Places (schools, health centres, communes) the practitioner chose to generalise, as written. */
  generalised?: readonly string[];
}

/** A text with every identifying detail replaced, and how many replacements that took. */
export interface DeidentifiedText {
  text: string;
  replaced: number;
}

/** One thing that was replaced, as the preview lists it. */
export interface Replacement {
  kind: ReplacementKind;
  /** As it was written in the journal. */
  original: string;
  replacement: string;
  count: number;
}

export interface Deidentifier {
  /** The text with every identifying detail replaced. */
  text(input: string): string;
  /**
   * Each text as `text` gives it, tallied in the same order, with how many replacements each
   * holds: quicker than one `text` after another for many short texts.
   */
  texts(inputs: readonly string[]): DeidentifiedText[];
  /** The pseudonym of a party of the case. */
  pseudonymOf(partyId: string): string | undefined;
  /** Every pseudonym of the parties, in case order. */
  readonly pseudonyms: readonly string[];
  /** What was replaced so far, grouped by kind and original text. */
  replacements(): Replacement[];
  /** How many replacements so far, all kinds together (cheap: for asking "did that text hold any?"). */
  replacementCount(): number;
  /** Listed names left in place because they read as ordinary words ("una blusa rosa"), for the warnings. */
  doubtful(): DoubtfulWord[];
}

/** A listed name left in place where it reads as an ordinary word, with where it stands. */
export interface DoubtfulWord {
  word: string;
  /** Whose name it would be. */
  pseudonym: string;
  count: number;
  contexts: string[];
}

/** A de-identifier for one case and language; it tallies what it replaced across every text it is given. */
export function createDeidentifier(options: DeidentifyOptions): Deidentifier {
  const { language } = options;
  const labels = new Map<string, string>();
  for (const party of options.parties) {
    const assignment = assignmentFor(options.pseudonyms, party);
    if (assignment === undefined) throw new Error(`No pseudonym was assigned to party ${party.id}.`);
    const custom = cleanExportText(options.customLabels?.get(party.id) ?? '').trim();
    const label = custom !== '' ? custom : pseudonymLabel(assignment, language, party.relationship);
    labels.set(party.id, label);
  }
  const genders = new Map<string, GrammaticalGender>();
  for (const party of options.parties) {
    const label = labels.get(party.id) ?? '';
    const custom = options.customLabels?.has(party.id) === true;
    genders.set(
      label,
      custom
        ? kinshipWord('other', label.replace(/\s+\S+$/u, '')).gender
        : kinshipWord(party.role, party.relationship).gender,
    );
  }
  for (const other of options.others ?? []) genders.set(other.pseudonym, roleWords.other.gender);
  const named: NamedParty[] = [
    ...options.parties.map((party) => ({ ...party, pseudonym: labels.get(party.id) ?? '' })),
    ...(options.others ?? []).map((other) => ({
      role: 'other' as const,
      name: other.words.join(' '),
      aliases: other.words,
      pseudonym: other.pseudonym,
    })),
  ];
  const findNames = createNameMatcher(nameVariants(named), {
    ambiguous: markerFor('name', language),
    ...(options.isOrdinaryWord === undefined ? {} : { isOrdinaryWord: options.isOrdinaryWord }),
  });
  const doubtful = new Map<string, DoubtfulWord>();
  const patterns: DetailPattern[] = [...referencePatterns(options.reference), ...detailPatterns];
  const removeDetails = createDetailRemoval(patterns, language);
  const tally = new Map<string, Replacement>();
  let replacementCount = 0;

  const record = (kind: ReplacementKind, original: string, replacement: string) => {
    const key = `${kind}\u0000${original}`;
    const entry = tally.get(key) ?? { kind, original, replacement, count: 0 };
    entry.count += 1;
    replacementCount += 1;
    tally.set(key, entry);
  };

  /** Details go from all the texts at once; then each text in turn is tallied and has its places and names replaced. */
  function deidentify(inputs: readonly string[]): DeidentifiedText[] {
    const written = inputs.filter((input) => input !== '');
    const { texts, removed } = removeDetails(written.map((input) => decodeVisibleEntities(cleanExportText(input))));
    let next = 0;
    return inputs.map((input) => {
      if (input === '') return { text: input, replaced: 0 };
      const index = next++;
      const before = replacementCount;
      for (const detail of removed[index] ?? []) record(detail.kind, detail.original, detail.marker);
      const text = replaceNames(generalisePlaces(texts[index] ?? ''));
      return { text, replaced: replacementCount - before };
    });
  }

  const generalised = new Set((options.generalised ?? []).map(fold));
  /** A place the practitioner chose to generalise becomes what it is: "[school]", "[commune]". */
  function generalisePlaces(text: string): string {
    if (generalised.size === 0) return text;
    let output = '';
    let at = 0;
    for (const place of findQuasiIdentifiers(text)) {
      if (!generalised.has(fold(place.text))) continue;
      const label = generalisedLabel(place.kind, language);
      output += text.slice(at, place.start) + label;
      record('place', place.text, label);
      at = place.end;
    }
    return output + text.slice(at);
  }

  function replaceNames(text: string): string {
    const { matches, doubtful: left } = findNames(text);
    for (const word of left) noteDoubtful(text, word.start, word.end, word.replacement);
    if (matches.length === 0) return text;
    let output = '';
    let at = 0;
    for (const match of matches) {
      const { start, end } = withGluedParts(text, widenOverMarkup(text, match.start, match.end, at), at);
      output += text.slice(at, start);
      if (language === 'es') output = agreeArticle(output, genders.get(match.replacement) ?? 'neutral');
      output += match.replacement;
      record('name', text.slice(match.start, match.end), match.replacement);
      at = end;
    }
    return output + text.slice(at);
  }

  function noteDoubtful(text: string, start: number, end: number, pseudonym: string) {
    const word = text.slice(start, end);
    const key = `${word.toLowerCase()}\u0000${pseudonym}`;
    const entry = doubtful.get(key) ?? { word, pseudonym, count: 0, contexts: [] };
    entry.count += 1;
    if (entry.contexts.length < 3) entry.contexts.push(contextAround(text, start, end - start));
    doubtful.set(key, entry);
  }

  return {
    text: (input) => deidentify([input])[0]?.text ?? input,
    texts: deidentify,
    doubtful: () => [...doubtful.values()].sort((a, b) => b.count - a.count || a.word.localeCompare(b.word)),
    pseudonymOf: (partyId) => labels.get(partyId),
    pseudonyms: [...labels.values()],
    replacementCount: () => replacementCount,
    replacements: () =>
      [...tally.values()].sort(
        (a, b) => a.kind.localeCompare(b.kind) || b.count - a.count || a.original.localeCompare(b.original),
      ),
  };
}

/** Markdown marks inside a replaced name would be left dangling ("Caregiver A**"): they go with it. */
const markupRun = /[*~`_\\]/;
function widenOverMarkup(text: string, start: number, end: number, floor: number): { start: number; end: number } {
  if (!markupRun.test(text.slice(start, end))) return { start, end };
  let from = start;
  let to = end;
  while (from > floor && markupRun.test(text[from - 1] ?? '')) from -= 1;
  while (to < text.length && markupRun.test(text[to] ?? '')) to += 1;
  return { start: from, end: to };
}

/**
 * Digits glued to a name go with it ("Benja2017" is a user name, and 2017 likely the birth year:
 * "Niño 12017" would mislead), and so do initials right after it ("Benjamín L. M.").
 */
function withGluedParts(
  text: string,
  span: { start: number; end: number },
  floor: number,
): { start: number; end: number } {
  const after = mayBeGlued(text.charCodeAt(span.end), true)
    ? /^(?:\p{N}+|(?:\s\p{Lu}\.){1,3}(?!\p{L}))/u.exec(text.slice(span.end, span.end + 12))
    : null;
  const before = mayBeGlued(text.charCodeAt(span.start - 1), false)
    ? /\p{N}+$/u.exec(text.slice(Math.max(floor, span.start - 8), span.start))
    : null;
  return { start: span.start - (before?.[0].length ?? 0), end: span.end + (after?.[0].length ?? 0) };
}

/** False for an ASCII character that is no digit (nor, `orSpace`, a space): nothing glued starts or ends with it. */
function mayBeGlued(code: number, orSpace: boolean): boolean {
  if (!(code < 0x80)) return true;
  return (code >= 0x30 && code <= 0x39) || (orSpace && (code === 0x20 || (code >= 0x09 && code <= 0x0d)));
}
