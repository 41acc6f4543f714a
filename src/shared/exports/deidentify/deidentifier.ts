/**
 * De-identification of every text that leaves the journal for supervision. Details found by their
 * shape go first (links, e-mails, dates of birth, court references, IDs, phones, addresses, long
 * numbers), then every name of every party becomes that party's pseudonym. What was replaced is
 * tallied for the preview, which the practitioner reads before anything is exported.
 */
import type { Party } from '../../domain/party';
import type { BriefLanguage } from '../language';
import { markerFor, type ReplacementKind } from './markers';
import { createNameMatcher, nameVariants, type NamedParty } from './names';
import { detailPatterns, referencePatterns, type DetailPattern } from './patterns';
import { assignmentFor, pseudonymLabel, type PseudonymAssignment } from './pseudonyms';

export interface DeidentifyOptions {
  parties: readonly Party[];
  /** From `assignPseudonyms`: every party of the case has one. */
  pseudonyms: readonly PseudonymAssignment[];
  /** The case's court file reference, removed wherever it appears. */
  reference?: string;
  language: BriefLanguage;
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
  /** The pseudonym of a party of the case. */
  pseudonymOf(partyId: string): string | undefined;
  /** Every pseudonym of the parties, in case order. */
  readonly pseudonyms: readonly string[];
  /** What was replaced so far, grouped by kind and original text. */
  replacements(): Replacement[];
}

/** A de-identifier for one case and language; it tallies what it replaced across every text it is given. */
export function createDeidentifier(options: DeidentifyOptions): Deidentifier {
  const { language } = options;
  const labels = new Map<string, string>();
  for (const party of options.parties) {
    const assignment = assignmentFor(options.pseudonyms, party);
    if (assignment === undefined) throw new Error(`No pseudonym was assigned to party ${party.id}.`);
    labels.set(party.id, pseudonymLabel(assignment, language));
  }
  const named: NamedParty[] = options.parties.map((party) => ({ ...party, pseudonym: labels.get(party.id) ?? '' }));
  const findNames = createNameMatcher(nameVariants(named), markerFor('name', language));
  const patterns: DetailPattern[] = [...referencePatterns(options.reference), ...detailPatterns];
  const tally = new Map<string, Replacement>();

  const record = (kind: ReplacementKind, original: string, replacement: string) => {
    const key = `${kind}\u0000${original}`;
    const entry = tally.get(key) ?? { kind, original, replacement, count: 0 };
    entry.count += 1;
    tally.set(key, entry);
  };

  function removeDetails(input: string): string {
    let text = input;
    for (const { kind, pattern, keep } of patterns) {
      const marker = markerFor(kind, language);
      // The patterns have no capturing groups, so the callback gets (match, offset, whole).
      text = text.replace(pattern, (match: string, offset: number, whole: string) => {
        if (keep?.(match, whole.slice(Math.max(0, offset - 8), offset), whole.slice(offset + match.length)) === true)
          return match;
        record(kind, match, marker);
        return marker;
      });
    }
    return text;
  }

  function replaceNames(text: string): string {
    const matches = findNames(text);
    if (matches.length === 0) return text;
    let output = '';
    let at = 0;
    for (const match of matches) {
      output += text.slice(at, match.start) + match.replacement;
      record('name', text.slice(match.start, match.end), match.replacement);
      at = match.end;
    }
    return output + text.slice(at);
  }

  return {
    text: (input) => (input === '' ? input : replaceNames(removeDetails(input))),
    pseudonymOf: (partyId) => labels.get(partyId),
    pseudonyms: [...labels.values()],
    replacements: () =>
      [...tally.values()].sort(
        (a, b) => a.kind.localeCompare(b.kind) || b.count - a.count || a.original.localeCompare(b.original),
      ),
  };
}
