/**
 * Finding journal text that must not reach a court report inside a statement: any passage of a
 * private or supervision-only section (in the current text or an earlier revision), prompt
 * answers, feeling notes, supervision questions and the notes on tensions, strategies and
 * relationships. Text is compared folded (no case, no accents) with punctuation and whitespace
 * reduced to single spaces, so copying and re-wrapping do not hide a passage.
 */
import { fold } from '../../exports/deidentify/folding';
import type { CaseWithEntries } from '../case';
import type { EntryContent } from '../entry';

/** Shorter passages are too likely to be ordinary phrases ("she arrived late"). */
export const minimumPassageLength = 30;

export interface PrivatePassage {
  entryId: string;
  /** Normalized (see `normalizeForMatch`). */
  text: string;
}

export function normalizeForMatch(text: string): string {
  return fold(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The journal's non-reportable texts of one version of an entry. */
function privateTexts(content: EntryContent): string[] {
  return [
    ...content.sections.filter((section) => section.visibility !== 'reportable').map((section) => section.text),
    ...content.promptAnswers.flatMap((answer) => (answer.answer === undefined ? [] : [answer.answer])),
    ...(content.feelingNote === undefined ? [] : [content.feelingNote]),
    ...content.supervisionQuestions,
    ...content.tensions.flatMap((tension) => (tension.note === undefined ? [] : [tension.note])),
    ...content.strategies.flatMap((strategy) => (strategy.note === undefined ? [] : [strategy.note])),
    ...content.relationships.flatMap((note) => (note.note === undefined ? [] : [note.note])),
  ];
}

/** Each text whole, and each of its sentences, normalized, when long enough to mean something. */
function passagesOf(text: string): string[] {
  const pieces = [text, ...text.split(/[.!?;:\n]+/)];
  return pieces.map(normalizeForMatch).filter((piece) => piece.length >= minimumPassageLength);
}

/**
 * Every private passage of the case, each once. A passage the practitioner has since made
 * reportable (it is in a reportable section now) is not private any more.
 */
export function privatePassages(journalCase: CaseWithEntries): PrivatePassage[] {
  const reportable = journalCase.entries
    .flatMap((entry) => entry.sections)
    .filter((section) => section.visibility === 'reportable')
    .map((section) => normalizeForMatch(section.text));
  const found = new Map<string, PrivatePassage>();
  for (const entry of journalCase.entries) {
    const versions = [entry, ...entry.history.map((revision) => revision.previous)];
    for (const text of versions.flatMap(privateTexts)) {
      for (const passage of passagesOf(text)) {
        if (found.has(passage) || reportable.some((open) => open.includes(passage))) continue;
        found.set(passage, { entryId: entry.id, text: passage });
      }
    }
  }
  return [...found.values()];
}

/** The first private passage a statement's text contains, if any. */
export function passageIn(statementText: string, passages: readonly PrivatePassage[]): PrivatePassage | undefined {
  const text = normalizeForMatch(statementText);
  if (text.length < minimumPassageLength) return undefined;
  return passages.find((passage) => text.includes(passage.text));
}
