/**
 * Finding journal text that must not reach a court report: any run of `passageWords`
 * consecutive words that a report's text shares with the journal's non-reportable text —
 * private or supervision-only sections (current or in an earlier revision), prompt answers,
 * feeling notes, supervision questions and the notes on tensions, strategies and relationships.
 * A run that a reportable section also holds now is the same words legitimately reported, and is
 * let through. Words are compared folded (no case, no accents), so copying, re-wrapping,
 * re-casing or Markdown marks do not hide a passage, and neither does keeping only its tail.
 *
 * Only the report's runs are kept in memory; the journal is read once, and a run of it is looked
 * up only where all its words occur in the report, so a long journal stays fast.
 */
import { fold } from '../../text/normalize';
import type { CaseWithEntries } from '../case';
import type { EntryContent } from '../entry';

/** Fewer shared words are too likely to be an ordinary phrase ("she arrived late to the visit"). */
export const passageWords = 6;

/** The folded words of a text: letters and digits, everything else a separator. */
export function wordsOf(text: string): string[] {
  return fold(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '');
}

/** A run of the report's texts, and the indexes of the texts holding it. */
interface Run {
  texts: number[];
}

/**
 * The runs of the report's texts. Each word of the report gets a number; a run is found by the
 * numbers of its first three words, then of its last three, each three folded into one number,
 * so the journal is read with one lookup per word and cheap arithmetic per run.
 */
class ReportRuns {
  private readonly vocabulary = new Map<string, number>();
  private readonly runs = new Map<number | string, Map<number | string, Run>>();
  private readonly base: number;
  private readonly exact: boolean;

  constructor(texts: readonly string[]) {
    const numbered = texts.map((text) => wordsOf(text).map((word) => this.numberOf(word)));
    this.base = this.vocabulary.size + 1;
    this.exact = this.base ** 3 < Number.MAX_SAFE_INTEGER;
    numbered.forEach((numbers, index) =>
      this.forEachRun(numbers, (first, last) => {
        let tails = this.runs.get(first);
        if (tails === undefined) this.runs.set(first, (tails = new Map()));
        let run = tails.get(last);
        if (run === undefined) tails.set(last, (run = { texts: [] }));
        if (run.texts.at(-1) !== index) run.texts.push(index);
      }),
    );
  }

  get empty(): boolean {
    return this.runs.size === 0;
  }

  /** Calls `reached` with each run of the report that `text` holds. */
  find(text: string, reached: (run: Run) => void): void {
    const numbers = wordsOf(text).map((word) => this.vocabulary.get(word) ?? 0);
    this.forEachRun(numbers, (first, last) => {
      const run = this.runs.get(first)?.get(last);
      if (run !== undefined) reached(run);
    });
  }

  private numberOf(word: string): number {
    let number = this.vocabulary.get(word);
    if (number === undefined) this.vocabulary.set(word, (number = this.vocabulary.size + 1));
    return number;
  }

  /** Three word numbers as one key: a number while it is exact, text for a report of extraordinary vocabulary. */
  private key(numbers: readonly number[], at: number): number | string {
    const base = this.base;
    // Called only where all six numbers are known, so none is missing.
    const first = numbers[at] ?? 0;
    const second = numbers[at + 1] ?? 0;
    const third = numbers[at + 2] ?? 0;
    if (this.exact) return (first * base + second) * base + third;
    return `${first},${second},${third}`;
  }

  /** Each run of words all in the report's vocabulary (numbered, not 0), as the keys of its two halves. */
  private forEachRun(numbers: readonly number[], each: (first: number | string, last: number | string) => void): void {
    let known = 0;
    for (let index = 0; index < numbers.length; index += 1) {
      known = numbers[index] === 0 ? 0 : known + 1;
      if (known < passageWords) continue;
      const at = index - passageWords + 1;
      each(this.key(numbers, at), this.key(numbers, at + 3));
    }
  }
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

/**
 * Every text of an entry that is not a reportable section's current text: its current private
 * texts, and every text of its earlier revisions (a section reportable then may be private now;
 * a run still reportable now is let through anyway).
 */
function entryPrivateTexts(entry: CaseWithEntries['entries'][number]): string[] {
  const older = entry.history.flatMap((revision) => [
    ...privateTexts(revision.previous),
    ...revision.previous.sections
      .filter((section) => section.visibility === 'reportable')
      .map((section) => section.text),
  ]);
  return [...privateTexts(entry), ...older];
}

/**
 * For each text given (by its index), the id of the first entry whose private text shares a run
 * of words with it; texts without one are left out.
 */
export function privatePassagesIn(texts: readonly string[], journalCase: CaseWithEntries): Map<number, string> {
  const report = new ReportRuns(texts);
  const found = new Map<number, string>();
  if (report.empty) return found;

  // The same words in a reportable section, as it is now, are reported legitimately.
  const excused = new Set<Run>();
  for (const entry of journalCase.entries) {
    for (const section of entry.sections) {
      if (section.visibility === 'reportable') report.find(section.text, (run) => excused.add(run));
    }
  }
  // A revision mostly repeats the text before it: each text is read once.
  const read = new Set<string>();
  for (const entry of journalCase.entries) {
    for (const text of entryPrivateTexts(entry)) {
      if (read.has(text)) continue;
      read.add(text);
      report.find(text, (run) => {
        if (excused.has(run)) return;
        for (const index of run.texts) if (!found.has(index)) found.set(index, entry.id);
      });
    }
  }
  return found;
}

/** The id of the entry whose private text `text` shares a run of words with, if any. */
export function privatePassageIn(text: string, journalCase: CaseWithEntries): string | undefined {
  return privatePassagesIn([text], journalCase).get(0);
}
