/**
 * Finding journal text that must not reach a court report. The journal's non-reportable text is
 * every private or supervision-only section (its title and its text, now or in an earlier
 * revision), a reportable section's text of an earlier revision, the reason given for each
 * revision, prompt answers, feeling notes, supervision questions, the notes on tensions,
 * strategies and relationships, and the reasons for the case's phase changes.
 *
 * The report is read as its documents print it: each text on its own and all of them one after
 * the other, in the order of each document, so a passage cut across statements or fields is read
 * whole. Words are compared after the one normalisation of `normalize.ts` (invisible characters,
 * look-alike letters, compatibility forms, entities, Markdown marks, case and accents), so none
 * of them hides a word. A passage is found when:
 *
 * - **six words in a row** are the same in the report and in one private text (`passageWords`);
 * - **a near-verbatim copy**: a stretch of the report matches a stretch of one private text in
 *   order, each word in common counting one and each word swapped, inserted ("(sic)") or left
 *   out costing one, to six or more (`passageWords`): twelve words with three swapped, nine copied
 *   words with three "(sic)" among them, or eighteen with every third word changed;
 * - **reordered clauses**: of `reorderWindow` report words in a row, `reorderShare` lie in runs
 *   of three words or more that also stand in one stretch of a private text, in any order;
 * - **a short private text copied whole**: a title or a one-line note of three to five words.
 *
 * Ordinary phrases are not passages: a match counts only when it carries words beyond function
 * words, the plain vocabulary of reports and the names of the case (`ordinaryWords.ts`) — at
 * least one for six words in a row or a short text, two for a near-verbatim copy, three for
 * reordered clauses. Words a reportable section holds now, matched in the same ways, are
 * reported legitimately and never count as private.
 *
 * Only the report is indexed, by its triples of words (three of any four in a row) that hold a
 * telling word. The journal is read once; where two of its triples meet the report near one
 * diagonal, a small box around them is aligned word by word. A long journal stays fast.
 */
import { readingView } from '../../text/normalize';
import { taxonomyEn } from '../../i18n/taxonomy.en';
import { taxonomyEs } from '../../i18n/taxonomy.es';
import type { CaseWithEntries } from '../case';
import type { EntryContent } from '../entry';
import { functionWordSet, ordinaryWordSet } from './ordinaryWords';

/** Fewer words in a row are too likely an ordinary phrase ("she arrived late to the visit"). */
export const passageWords = 6;
/** A private text of this many words or more, but fewer than `passageWords`, is found only whole. */
export const shortTextWords = 3;
/** Reordered clauses: report words looked at together… */
export const reorderWindow = 20;
/** …and how many of them lie in runs of three words or more of one stretch of private text. */
export const reorderShare = 12;
/** Words beyond ordinary ones a match must carry: six in a row or a short text, a near copy, reordered clauses. */
const tellingWords = { run: 1, near: 2, reordered: 3 } as const;

/** The folded words of a text, read as displayed: letters and digits, everything else a separator. */
export function wordsOf(text: string, pieces?: Map<string, string[]>): string[] {
  if (pieces === undefined || lineBreakHyphen.test(text)) return readWords(text);
  // Only a hyphen before a line break reads across white space: otherwise each piece between
  // spaces reads the same alone, and a journal repeats most of its pieces.
  const words: string[] = [];
  for (const piece of text.split(/[ \t\r\n]+/)) {
    if (piece === '') continue;
    let read = pieces.get(piece);
    if (read === undefined) pieces.set(piece, (read = readWords(piece)));
    for (const word of read) words.push(word);
  }
  return words;
}

const lineBreakHyphen = /-[ \t]*\r?\n/;

function readWords(text: string): string[] {
  return readingView(text, { markup: true })
    .text.split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '');
}

/** What a word tells: nothing (a function word), little (ordinary), or something of its own. */
const Weight = { Function: 0, Ordinary: 1, Telling: 2 } as const;

/** Three of any four words in a row: the second and third word's offsets from the first. */
const triples = [
  [1, 2],
  [1, 3],
  [2, 3],
] as const;
const seconds = Int8Array.from(triples, ([second]) => second);
const thirds = Int8Array.from(triples, ([, third]) => third);
/** A triple the report holds more often than this is boilerplate, no seed. */
const seedLimit = 64;
/** Two seeds meet when their diagonals and their places are this close. */
const band = 8;
const reach = 16;
/** The box a meeting is aligned in, around the second seed: report words before and after, private words before and after. */
const box = { before: 8, after: 24, privateBefore: 8, privateAfter: 28 } as const;
const boxRows = box.before + box.after;
const boxColumns = box.privateBefore + box.privateAfter;
/** The boxes' arrays, allocated once: a check aligns thousands of boxes. */
const scratch = {
  same: new Uint8Array(boxRows * boxColumns),
  telling: new Uint8Array(boxRows),
  inClause: new Uint8Array(boxRows),
  score: new Int16Array((boxRows + 1) * (boxColumns + 1)),
  step: new Uint8Array((boxRows + 1) * (boxColumns + 1)),
};

/**
 * The report's triples of words and where each stands: an open-addressing table of word-number
 * triples, each slot with its run of positions. A triple held more than `seedLimit` times is
 * left out.
 */
class TripleTable {
  private readonly mask: number;
  private readonly keys: Int32Array;
  private readonly start: Int32Array;
  private readonly count: Int32Array;
  /** One bit per hash value: most triples of a journal are in no report, and this says so without the table. */
  private readonly present = new Int32Array(1 << 15);
  readonly positions: Int32Array;

  constructor(entries: { triples: Int32Array; positions: Int32Array }) {
    const total = entries.positions.length;
    let capacity = 16;
    while (capacity < total * 2) capacity *= 2;
    this.mask = capacity - 1;
    this.keys = new Int32Array(capacity * 3);
    this.start = new Int32Array(capacity);
    this.count = new Int32Array(capacity);
    const slots = new Int32Array(total);
    for (let entry = 0; entry < total; entry += 1) {
      const at = entry * 3;
      const slot = this.slotOf(
        entries.triples[at] ?? 0,
        entries.triples[at + 1] ?? 0,
        entries.triples[at + 2] ?? 0,
        true,
      );
      slots[entry] = slot;
      this.count[slot] = (this.count[slot] ?? 0) + 1;
    }
    let next = 0;
    for (let slot = 0; slot < capacity; slot += 1) {
      this.start[slot] = next;
      next += this.count[slot] ?? 0;
    }
    this.positions = new Int32Array(total);
    const filled = new Int32Array(capacity);
    for (let entry = 0; entry < total; entry += 1) {
      const slot = slots[entry] ?? 0;
      this.positions[(this.start[slot] ?? 0) + (filled[slot] ?? 0)] = entries.positions[entry] ?? 0;
      filled[slot] = (filled[slot] ?? 0) + 1;
    }
    for (let slot = 0; slot < capacity; slot += 1) if ((this.count[slot] ?? 0) > seedLimit) this.count[slot] = 0;
  }

  /** The slot of a triple, or -1; `add`: taking an empty slot for it. */
  slotOf(first: number, middle: number, last: number, add = false): number {
    const hash = Math.imul(Math.imul(Math.imul(first, 0x9e3779b1) ^ middle, 0x85ebca6b) ^ last, 0xc2b2ae35);
    const bit = (hash >>> 12) & 0xfffff;
    const word = bit >>> 5;
    const mask = 1 << (bit & 31);
    if (add) this.present[word] = (this.present[word] ?? 0) | mask;
    else if (((this.present[word] ?? 0) & mask) === 0) return -1;
    let slot = (hash ^ (hash >>> 15)) & this.mask;
    for (;;) {
      const at = slot * 3;
      const key = this.keys[at] ?? 0;
      if (key === 0) {
        if (!add) return -1;
        this.keys[at] = first;
        this.keys[at + 1] = middle;
        this.keys[at + 2] = last;
        return slot;
      }
      if (key === first && this.keys[at + 1] === middle && this.keys[at + 2] === last) return slot;
      slot = (slot + 1) & this.mask;
    }
  }

  /** The first index into `positions` of a slot's positions, and how many there are (none for -1). */
  range(slot: number): [number, number] {
    return slot < 0 ? [0, 0] : [this.start[slot] ?? 0, this.count[slot] ?? 0];
  }
}

/** The report's words, document after document, and where each stands. */
class PrintedWords {
  readonly vocabulary = new Map<string, number>();
  /** By word number (0 unused): what the word tells. */
  readonly weights: Uint8Array;
  /** Word numbers of every document one after the other; -1 between two documents. */
  readonly ids: Int32Array;
  /** The printed text each word belongs to; -1 between two documents. */
  readonly textAt: Int32Array;
  /** The first and the just-after-last position of the document holding each position. */
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  /** Words a reportable section holds: never private. */
  readonly covered: Uint8Array;
  /** Texts already found to hold a passage: no need to look at them again. */
  readonly settled: Uint8Array;
  /** Pieces of text already read, for this check only. */
  readonly pieces = new Map<string, string[]>();
  readonly seeds: TripleTable;

  constructor(texts: readonly string[], documents: readonly (readonly number[])[], ordinary: ReadonlySet<string>) {
    const weights: number[] = [Weight.Function];
    const numberOf = (word: string) => {
      let number = this.vocabulary.get(word);
      if (number === undefined) {
        this.vocabulary.set(word, (number = this.vocabulary.size + 1));
        weights.push(
          functionWordSet.has(word)
            ? Weight.Function
            : ordinaryWordSet.has(word) || ordinary.has(word) || /^\p{N}+$/u.test(word)
              ? Weight.Ordinary
              : Weight.Telling,
        );
      }
      return number;
    };
    const numbered = texts.map((text) => wordsOf(text, this.pieces).map(numberOf));
    this.weights = Uint8Array.from(weights);
    this.settled = new Uint8Array(texts.length);
    const printed = distinctDocuments(numbered, documents);
    const length = printed.reduce(
      (sum, order) => sum + order.reduce((words, index) => words + (numbered[index]?.length ?? 0), 0) + 1,
      0,
    );
    this.ids = new Int32Array(length).fill(-1);
    this.textAt = new Int32Array(length).fill(-1);
    this.starts = new Int32Array(length);
    this.ends = new Int32Array(length);
    this.covered = new Uint8Array(length);
    let at = 0;
    for (const order of printed) {
      const start = at;
      for (const index of order) {
        for (const id of numbered[index] ?? []) {
          this.ids[at] = id;
          this.textAt[at] = index;
          at += 1;
        }
      }
      this.starts.fill(start, start, at + 1);
      this.ends.fill(at, start, at + 1);
      at += 1;
    }
    const found: number[] = [];
    const positions: number[] = [];
    for (let position = 0; position < length; position += 1) {
      const end = this.ends[position] ?? 0;
      for (const [second, third] of triples) {
        if (position + third >= end || !this.seeded(this.ids, position, second, third)) continue;
        found.push(this.ids[position] ?? 0, this.ids[position + second] ?? 0, this.ids[position + third] ?? 0);
        positions.push(position);
      }
    }
    this.seeds = new TripleTable({ triples: Int32Array.from(found), positions: Int32Array.from(positions) });
  }

  get empty(): boolean {
    return this.ids.every((id) => id === -1);
  }

  /** A text's words as the report's word numbers, 0 for a word the report does not hold. */
  numbersOf(text: string): Int32Array {
    return Int32Array.from(wordsOf(text, this.pieces), (word) => this.vocabulary.get(word) ?? 0);
  }

  /** The slot of the triple at `at` of `words` in the seed table, or -1. */
  seedAt(words: Int32Array, at: number, second: number, third: number): number {
    if (!this.seeded(words, at, second, third)) return -1;
    return this.seeds.slotOf(words[at] ?? 0, words[at + second] ?? 0, words[at + third] ?? 0);
  }

  /**
   * Whether a triple can seed: its words all known to the report, one of them telling something.
   * A match of ordinary words only is never a passage, so it need not be looked for.
   */
  private seeded(words: Int32Array, at: number, second: number, third: number): boolean {
    const first = words[at] ?? 0;
    const middle = words[at + second] ?? 0;
    const last = words[at + third] ?? 0;
    if (first <= 0 || middle <= 0 || last <= 0) return false;
    const weights = this.weights;
    return weights[first] === Weight.Telling || weights[middle] === Weight.Telling || weights[last] === Weight.Telling;
  }
}

/** Whether the report's words are being matched against private text, or against reportable text to excuse them. */
type Mode = 'private' | 'reportable';

/** Where the last seed of each diagonal band was met, reused from one journal text to the next. */
class Bands {
  private position = new Int32Array(0);
  private at = new Int32Array(0);
  private stamp = new Int32Array(0);
  private offset = 0;
  private current = 0;

  /** Ready for a new text of `length` words against a report of `reportLength` positions. */
  reset(length: number, reportLength: number): void {
    this.current += 1;
    const offset = Math.ceil(length / band) + 2;
    const size = offset + Math.ceil(reportLength / band) + 3;
    if (offset > this.offset || size > this.stamp.length) {
      this.offset = Math.max(offset, this.offset);
      const capacity = this.offset + Math.ceil(reportLength / band) + 3;
      this.position = new Int32Array(capacity);
      this.at = new Int32Array(capacity);
      this.stamp = new Int32Array(capacity);
    }
  }

  /** Whether a seed met at (`position`, `at`) meets one before it on a near diagonal; then keeps it. */
  meets(position: number, at: number): boolean {
    const diagonal = Math.floor((position - at) / band) + this.offset;
    let meets = false;
    for (let near = diagonal - 1; near <= diagonal + 1 && !meets; near += 1) {
      meets =
        this.stamp[near] === this.current &&
        Math.abs(position - (this.position[near] ?? 0)) <= reach &&
        at - (this.at[near] ?? 0) <= reach;
    }
    this.stamp[diagonal] = this.current;
    this.position[diagonal] = position;
    this.at[diagonal] = at;
    return meets;
  }
}

/**
 * Matches one journal text against the report: calls `found` with the report positions of each
 * passage found (in `private` mode), or marks the positions matched as covered (`reportable`).
 */
function matchText(
  report: PrintedWords,
  bands: Bands,
  words: Int32Array,
  mode: Mode,
  found: (positions: number[]) => void,
): void {
  const record =
    mode === 'private'
      ? found
      : (positions: number[]) => {
          for (const position of positions) report.covered[position] = 1;
        };
  if (words.length < shortTextWords) return;
  if (words.length < passageWords) {
    matchWhole(report, words, mode, record);
    return;
  }
  bands.reset(words.length, report.ids.length);
  const counts = mode === 'private';
  const seeds = report.seeds;
  /** Areas already aligned: [report from, report to, private from, private to). */
  let done: [number, number, number, number][] = [];
  /** The first private word past which an area in `done` ends. */
  let doneUntil = Infinity;
  for (let at = 0; at < words.length; at += 1) {
    if (at >= doneUntil) {
      done = done.filter((area) => area[3] > at);
      doneUntil = Math.min(...done.map((area) => area[3]));
    }
    for (let triple = 0; triple < seconds.length; triple += 1) {
      const second = seconds[triple] ?? 1;
      const third = thirds[triple] ?? 2;
      if (at + third >= words.length) continue;
      const [first, count] = seeds.range(report.seedAt(words, at, second, third));
      for (let index = first; index < first + count; index += 1) {
        const position = seeds.positions[index] ?? 0;
        if (report.covered[position] === 1 || (counts && report.settled[report.textAt[position] ?? 0] === 1)) continue;
        if (!bands.meets(position, at)) continue;
        if (done.some((area) => position >= area[0] && position < area[1] && at >= area[2] && at < area[3])) continue;
        const area = alignBox(report, words, position, at, mode, record);
        done.push(area);
        doneUntil = Math.min(doneUntil, area[3]);
      }
    }
  }
}

/** A short text (a title, a one-line note): found only whole, its words in a row. */
function matchWhole(report: PrintedWords, words: Int32Array, mode: Mode, record: (positions: number[]) => void): void {
  const weights = report.weights;
  if (mode === 'private' && !words.some((id) => weights[id] === Weight.Telling)) return;
  const seeds = report.seeds;
  for (let offset = 0; offset + 2 < words.length; offset += 1) {
    const slot = report.seedAt(words, offset, 1, 2);
    const [first, count] = seeds.range(slot);
    if (count === 0) continue;
    for (let index = first; index < first + count; index += 1) {
      const position = seeds.positions[index] ?? 0;
      const start = position - offset;
      if (start < (report.starts[position] ?? 0) || start + words.length > (report.ends[position] ?? 0)) continue;
      let whole = true;
      for (let word = 0; word < words.length && whole; word += 1) {
        whole =
          report.ids[start + word] === words[word] && (mode === 'reportable' || report.covered[start + word] === 0);
      }
      if (whole) record(Array.from({ length: words.length }, (_, word) => start + word));
    }
    // Any triple of the text finds every place it stands whole.
    return;
  }
}

/**
 * Aligns the report around `position` with the private text around `at`, and records every
 * passage the box holds: six or more words in a row, the best near-verbatim alignment, and
 * reordered clauses. Returns the area done with, so the seeds inside it are not aligned again.
 */
function alignBox(
  report: PrintedWords,
  words: Int32Array,
  position: number,
  at: number,
  mode: Mode,
  record: (positions: number[]) => void,
): [number, number, number, number] {
  const from = Math.max(report.starts[position] ?? 0, position - box.before);
  const to = Math.min(report.ends[position] ?? 0, position + box.after);
  const privateFrom = Math.max(0, at - box.privateBefore);
  const privateTo = Math.min(words.length, at + box.privateAfter);
  const rows = to - from;
  const columns = privateTo - privateFrom;
  const counts = mode === 'private';
  const { ids, covered, settled, textAt, weights } = report;
  let open = false;
  for (let row = from; row < to && !open; row += 1) {
    open = covered[row] === 0 && (!counts || settled[textAt[row] ?? 0] === 0);
  }
  if (!open) return [from, to, privateFrom, privateTo];

  // Which report word (row) is which private word (column); a word a reportable section holds is no private word.
  const { same, telling, inClause, score, step } = scratch;
  same.fill(0, 0, rows * columns);
  telling.fill(0, 0, rows);
  inClause.fill(0, 0, rows);
  let matchedRows = 0;
  let matchedTelling = 0;
  for (let row = 0; row < rows; row += 1) {
    const id = ids[from + row] ?? -1;
    if (id <= 0 || (counts && covered[from + row] === 1)) continue;
    telling[row] = weights[id] === Weight.Telling ? 1 : 0;
    let matched = 0;
    for (let column = 0; column < columns; column += 1) {
      if (words[privateFrom + column] === id) {
        same[row * columns + column] = 1;
        matched = 1;
      }
    }
    matchedRows += matched;
    matchedTelling += matched & (telling[row] ?? 0);
  }
  // Every passage has six report words matched, one of them telling something.
  const nothing: [number, number, number, number] = [position - band, position + reach, at - band, at + reach + 4];
  if (matchedRows < passageWords || (counts && matchedTelling < tellingWords.run)) return nothing;
  const positionsOf = (rowFrom: number, rowTo: number) =>
    Array.from({ length: rowTo - rowFrom }, (_, index) => from + rowFrom + index);

  // Words in a row, along each diagonal; report words in runs of three or more, for reordered clauses.
  for (let diagonal = 1 - columns; diagonal < rows; diagonal += 1) {
    let run = 0;
    let tells = 0;
    let row = Math.max(0, diagonal);
    for (; row <= rows; row += 1) {
      const column = row - diagonal;
      if (row < rows && column < columns && same[row * columns + column] === 1) {
        run += 1;
        tells += telling[row] ?? 0;
        continue;
      }
      if (run >= 3) inClause.fill(1, row - run, row);
      if (run >= passageWords && (!counts || tells >= tellingWords.run)) record(positionsOf(row - run, row));
      run = 0;
      tells = 0;
      if (column >= columns) break;
    }
  }

  // The best near-verbatim alignment: one for a word in common, minus one for each changed, added or dropped word.
  const width = columns + 1;
  score.fill(0, 0, (rows + 1) * width);
  let best = 0;
  let bestCell = 0;
  // A near-verbatim copy counts with two telling words; without them, no need to align.
  for (let row = 1; row <= rows && (!counts || matchedTelling >= tellingWords.near); row += 1) {
    for (let column = 1; column <= columns; column += 1) {
      const cell = row * width + column;
      const diagonal = (score[cell - width - 1] ?? 0) + (same[(row - 1) * columns + column - 1] === 1 ? 1 : -1);
      const up = (score[cell - width] ?? 0) - 1;
      const left = (score[cell - 1] ?? 0) - 1;
      let value = 0;
      let move = 0;
      if (diagonal > value) {
        value = diagonal;
        move = 1;
      }
      if (up > value) {
        value = up;
        move = 2;
      }
      if (left > value) {
        value = left;
        move = 3;
      }
      score[cell] = value;
      step[cell] = move;
      if (value > best) {
        best = value;
        bestCell = cell;
      }
    }
  }
  const area = nothing;
  if (best >= passageWords) {
    const matched: number[] = [];
    let tells = 0;
    let cell = bestCell;
    let first = cell;
    while ((score[cell] ?? 0) > 0) {
      first = cell;
      const move = step[cell];
      const row = Math.floor(cell / width) - 1;
      const column = (cell % width) - 1;
      if (move === 1) {
        if (same[row * columns + column] === 1) {
          matched.push(from + row);
          tells += telling[row] ?? 0;
        }
        cell -= width + 1;
      } else if (move === 2) cell -= width;
      else cell -= 1;
    }
    if (!counts || tells >= tellingWords.near) record(matched.reverse());
    area[0] = Math.min(area[0], from + Math.floor(first / width) - 1);
    area[1] = Math.max(area[1], from + Math.floor(bestCell / width));
    area[2] = Math.min(area[2], privateFrom + (first % width) - 1);
    area[3] = Math.max(area[3], privateFrom + (bestCell % width));
  }

  // Reordered clauses: most of a window of the report in runs of three words of this stretch of private text.
  if (matchedRows < reorderShare || (counts && matchedTelling < tellingWords.reordered)) return area;
  const window = Math.min(reorderWindow, rows);
  let share = 0;
  let tells = 0;
  for (let row = 0; row < rows; row += 1) {
    share += inClause[row] ?? 0;
    tells += (inClause[row] ?? 0) & (telling[row] ?? 0);
    const leaving = row - window;
    if (leaving >= 0) {
      share -= inClause[leaving] ?? 0;
      tells -= (inClause[leaving] ?? 0) & (telling[leaving] ?? 0);
    }
    if (row < window - 1 || share < reorderShare || (counts && tells < tellingWords.reordered)) continue;
    const positions: number[] = [];
    for (let index = row - window + 1; index <= row; index += 1)
      if (inClause[index] === 1) positions.push(from + index);
    record(positions);
  }
  return area;
}

/** The titles every new reflection's sections start with ("What happened", "Lo que pasó"): the app's words, not the practitioner's. */
const defaultTitles = new Set(
  [taxonomyEn, taxonomyEs].flatMap((taxonomy) =>
    Object.values(taxonomy.defaultSections).map((title) => wordsOf(title).join(' ')),
  ),
);

/** The journal's non-reportable texts of one version of an entry: sections' titles and texts, answers and notes. */
function privateTexts(content: EntryContent): string[] {
  return [
    ...content.sections
      .filter((section) => section.visibility !== 'reportable')
      .flatMap((section) =>
        defaultTitles.has(wordsOf(section.title).join(' ')) ? [section.text] : [section.title, section.text],
      ),
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
 * texts, every text of its earlier revisions (a section reportable then may be private now; its
 * words still reportable now are let through anyway) and the reason given for each revision.
 */
function entryPrivateTexts(entry: CaseWithEntries['entries'][number]): string[] {
  const older = entry.history.flatMap((revision) => [
    ...(revision.reason === undefined ? [] : [revision.reason]),
    ...privateTexts(revision.previous),
    ...revision.previous.sections
      .filter((section) => section.visibility === 'reportable')
      .map((section) => section.text),
  ]);
  return [...privateTexts(entry), ...older];
}

/** The journal's private texts with where each comes from: an entry's id, or the case's for a phase change's reason. */
function journalPrivateTexts(journalCase: CaseWithEntries): { text: string; source: string }[] {
  return [
    ...journalCase.entries.flatMap((entry) => entryPrivateTexts(entry).map((text) => ({ text, source: entry.id }))),
    ...journalCase.phaseHistory.flatMap((change) =>
      change.reason === undefined ? [] : [{ text: change.reason, source: journalCase.id }],
    ),
  ];
}

/** The words of the case's names (parties and their aliases, the case's alias): a name tells nothing private. */
function nameWords(journalCase: CaseWithEntries): Set<string> {
  const names = [journalCase.alias, ...journalCase.parties.flatMap((party) => [party.name, ...party.aliases])];
  // A "name" as long as a sentence is not a name.
  return new Set(
    names
      .map((name) => wordsOf(name))
      .filter((words) => words.length <= 4)
      .flat(),
  );
}

/** Documents whose every pair of neighbouring texts an earlier document already has side by side add nothing. */
function distinctDocuments(numbered: readonly number[][], documents: readonly (readonly number[])[]): number[][] {
  const seen = new Set<string>();
  const kept: number[][] = [];
  for (const order of documents) {
    const printed = order.filter((index) => (numbered[index]?.length ?? 0) > 0);
    const pairs = [...printed.map(String), ...printed.slice(1).map((index, at) => `${printed[at]}>${index}`)];
    if (pairs.every((pair) => seen.has(pair))) continue;
    for (const pair of pairs) seen.add(pair);
    kept.push(printed);
  }
  return kept;
}

/**
 * For each text given (by its index), where the first private passage it holds comes from (the
 * id of an entry, or of the case for a phase change's reason); texts without one are left out.
 * `documents` are the orders the texts are printed in (each a list of indexes): each document is
 * read as one text, so a passage cut across texts printed one after the other is found in each
 * of them. By default the texts are one document, in the order given.
 */
export function privatePassagesIn(
  texts: readonly string[],
  journalCase: CaseWithEntries,
  documents: readonly (readonly number[])[] = [texts.map((_, index) => index)],
): Map<number, string> {
  const report = new PrintedWords(texts, documents, nameWords(journalCase));
  const found = new Map<number, string>();
  if (report.empty) return found;
  const bands = new Bands();

  // The same words in a reportable section, as it is now, are reported legitimately.
  const reportable = new Set<string>();
  for (const entry of journalCase.entries) {
    for (const section of entry.sections) {
      if (section.visibility !== 'reportable' || reportable.has(section.text)) continue;
      reportable.add(section.text);
      matchText(report, bands, report.numbersOf(section.text), 'reportable', () => undefined);
    }
  }
  // A revision mostly repeats the text before it: each text is read once.
  const read = new Set<string>(reportable);
  for (const { text, source } of journalPrivateTexts(journalCase)) {
    if (read.has(text)) continue;
    read.add(text);
    matchText(report, bands, report.numbersOf(text), 'private', (positions) => {
      for (const position of positions) {
        const index = report.textAt[position] ?? -1;
        if (index < 0 || found.has(index)) continue;
        found.set(index, source);
        report.settled[index] = 1;
      }
    });
  }
  return found;
}

/** Where the private text `text` shares a passage with comes from (an entry's id, or the case's), if any. */
export function privatePassageIn(text: string, journalCase: CaseWithEntries): string | undefined {
  return privatePassagesIn([text], journalCase).get(0);
}
