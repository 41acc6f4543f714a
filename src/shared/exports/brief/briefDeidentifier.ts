/**
 * The one de-identifier of a case's briefs, from the case and the practitioner's decisions: the
 * brief's model is built with it, and every written file is read again with it before it is
 * saved, so the same rules decide both.
 */
import type { CaseWithEntries } from '../../domain/case';
import { fold } from '../../text/normalize';
import { createDeidentifier, type Deidentifier } from '../deidentify/deidentifier';
import {
  assignPseudonyms,
  customLabelsOf,
  derivedLabelOf,
  pseudonymLabel,
  type PseudonymAssignment,
} from '../deidentify/pseudonyms';
import type { Lexicon } from '../deidentify/warnings';
import type { CaseExports } from '../exportLog';
import type { BriefLanguage } from '../language';

/** The practitioner's decisions kept with the export log, beyond safe words. */
export type ReviewDecisions = Pick<CaseExports, 'nameWords' | 'customPseudonyms' | 'others' | 'places'>;

export interface BriefDeidentifierInput {
  journalCase: Pick<CaseWithEntries, 'parties' | 'reference'>;
  choices: { language: BriefLanguage };
  pseudonyms: readonly PseudonymAssignment[];
  lexicon: Lexicon;
  decisions?: Partial<ReviewDecisions>;
}

export function briefDeidentifier(input: BriefDeidentifierInput): {
  deidentifier: Deidentifier;
  pseudonyms: PseudonymAssignment[];
  others: { words: readonly string[]; pseudonym: string }[];
  customLabels: ReadonlyMap<string, string>;
  /** The pseudonyms the app would give, whatever the practitioner wrote instead. */
  derivedLabels: string[];
} {
  const { journalCase, choices } = input;
  const pseudonyms = assignPseudonyms(journalCase.parties, input.pseudonyms);
  const decisions = input.decisions ?? {};
  const nameWords = new Set((decisions.nameWords ?? []).map(fold));
  const customLabels = customLabelsOf(decisions.customPseudonyms ?? [], choices.language);
  const others = (decisions.others ?? []).map((other) => ({
    words: other.words,
    pseudonym: pseudonymLabel({ role: 'other', ordinal: other.ordinal }, choices.language),
  }));
  const deidentifier = createDeidentifier({
    parties: journalCase.parties,
    pseudonyms,
    ...(journalCase.reference === undefined ? {} : { reference: journalCase.reference }),
    language: choices.language,
    // A listed name that is also a word ("Rosa", "Paz") is replaced where it reads as a name,
    // everywhere once the practitioner said it is one in this case.
    isOrdinaryWord: (folded) => !nameWords.has(folded) && input.lexicon.isWord(folded),
    others,
    customLabels,
    generalised: (decisions.places ?? []).filter((place) => place.decision === 'generalise').map((place) => place.text),
  });
  const derivedLabels = journalCase.parties.flatMap((party) => {
    const label = derivedLabelOf(pseudonyms, party, choices.language);
    return label === undefined ? [] : [label];
  });
  return { deidentifier, pseudonyms, others, customLabels, derivedLabels };
}
