/**
 * A full-text index that answers as MiniSearch answered the journal's searches (BM25+ per field
 * with boosts, every word required, prefixes and typo tolerance weighted as MiniSearch weights
 * them) in a fifth of the memory: postings packed as bytes (`postingLists.ts`), words numbered
 * once (`termDictionary.ts`), field lengths in one typed array. A differential test checks it
 * finds what MiniSearch finds.
 */
import { maximumFields, PostingLists } from './postingLists';
import { TermDictionary } from './termDictionary';

/** BM25+ as MiniSearch sets it: term saturation, length normalisation, a floor per occurrence. */
const bm25 = { k: 1.2, b: 0.7, d: 0.5 };
/** How much a word found by prefix or by edits counts beside the word as typed (MiniSearch's weights). */
const prefixWeight = 0.375;
const fuzzyWeight = 0.45;
/** Removed documents' postings are dropped once they are this share of all postings. */
const compactShare = 0.25;

export interface CompactSearchOptions {
  /** Fields searched, by number, with their boost. */
  fields: ReadonlyMap<number, number>;
  /** Whether a word is also looked for as a prefix. */
  prefix?: (word: string) => boolean;
  /** Edits allowed for a word, 0 for none. */
  edits?: (word: string) => number;
  /** A document's weight; 0 leaves it out. */
  boostDocument?: (document: number) => number;
  /** The best this many are returned (all when undefined); `total` counts every one. */
  limit?: number;
}

export interface CompactAnswer {
  total: number;
  results: CompactResult[];
}

export interface CompactResult {
  document: number;
  score: number;
  /**
   * The words to quote it by: the query's words (each is, or starts, an indexed word the document
   * holds), or with edits, the indexed words found.
   */
  terms: string[];
}

export class CompactIndex {
  private postings = new PostingLists();
  private readonly dictionary = new TermDictionary();
  private readonly fieldCount: number;
  /** Per document and field, its number of distinct words (0: absent). */
  private lengths = new Uint16Array(0);
  private alive = new Uint8Array(0);
  /** Per document, how many postings it has (to know when removed ones are worth dropping). */
  private postingCounts = new Int32Array(0);
  private readonly lengthSums: Float64Array;
  private readonly documentsWithField: Int32Array;
  private documents = 0;
  private livePostings = 0;
  private deadPostings = 0;
  private lastDocument = -1;

  constructor(fieldCount: number) {
    if (fieldCount > maximumFields) throw new RangeError(`At most ${maximumFields} fields.`);
    this.fieldCount = fieldCount;
    this.lengthSums = new Float64Array(fieldCount);
    this.documentsWithField = new Int32Array(fieldCount);
  }

  get documentCount(): number {
    return this.documents;
  }

  get termCount(): number {
    return this.dictionary.size;
  }

  has(document: number): boolean {
    return this.alive[document] === 1;
  }

  /**
   * Indexes a document's words per field. Ids only grow (a changed document comes back under a
   * new id), which keeps every posting list in order.
   */
  add(document: number, fields: ReadonlyMap<number, readonly string[]>): void {
    if (!Number.isInteger(document) || document <= this.lastDocument)
      throw new RangeError('Documents are added with ever larger ids.');
    this.ensureDocuments(document + 1);
    this.lastDocument = document;
    let postings = 0;
    for (const [field, words] of fields) {
      if (field < 0 || field >= this.fieldCount) throw new RangeError(`No field ${field}.`);
      const counts = new Map<string, number>();
      for (const word of words) counts.set(word, (counts.get(word) ?? 0) + 1);
      if (counts.size === 0) continue;
      for (const [word, count] of counts) this.postings.add(this.dictionary.add(word), document, field, count);
      const length = Math.min(counts.size, 0xffff);
      this.lengths[document * this.fieldCount + field] = length;
      this.lengthSums[field] = (this.lengthSums[field] as number) + length;
      this.documentsWithField[field] = (this.documentsWithField[field] as number) + 1;
      postings += counts.size;
    }
    this.alive[document] = 1;
    this.postingCounts[document] = postings;
    this.livePostings += postings;
    this.documents++;
  }

  remove(document: number): void {
    if (!this.has(document)) return;
    this.alive[document] = 0;
    this.documents--;
    for (let field = 0; field < this.fieldCount; field++) {
      const length = this.lengths[document * this.fieldCount + field] as number;
      if (length === 0) continue;
      this.lengthSums[field] = (this.lengthSums[field] as number) - length;
      this.documentsWithField[field] = (this.documentsWithField[field] as number) - 1;
    }
    const postings = this.postingCounts[document] as number;
    this.livePostings -= postings;
    this.deadPostings += postings;
    if (this.deadPostings > compactShare * (this.livePostings + this.deadPostings)) {
      this.postings = this.postings.compact((kept) => this.alive[kept] === 1);
      this.deadPostings = 0;
    }
  }

  /** Documents holding every word (each also by prefix or edits, as the options say), best first. */
  search(words: readonly string[], options: CompactSearchOptions): CompactAnswer {
    const none: CompactAnswer = { total: 0, results: [] };
    if (words.length === 0) return none;
    const boosts = new Float64Array(this.fieldCount);
    for (const [field, boost] of options.fields) if (field >= 0 && field < this.fieldCount) boosts[field] = boost;
    let total: Float64Array | undefined;
    let found: number[] = [];
    /** With edits allowed, per document, the words found in it. */
    const matched = new Map<number, string[]>();
    for (const word of words) {
      const scores = new Float64Array(this.alive.length);
      const holding: number[] = [];
      this.wordScores(word, boosts, options, scores, holding, matched);
      if (total === undefined) {
        total = scores;
        found = holding;
      } else {
        const both: number[] = [];
        for (const document of found)
          if ((scores[document] as number) > 0) {
            total[document] = (total[document] as number) + (scores[document] as number);
            both.push(document);
          }
        found = both;
      }
      if (found.length === 0) return none;
    }
    const scores = total as Float64Array;
    // Equal scores (reflections of the same short text) go in document order: without a full order,
    // the best few chosen below were not the first of the whole list, and changed with the limit.
    const best = (left: number, right: number) => (scores[right] as number) - (scores[left] as number) || left - right;
    // Only the best `limit` become results: sorting numbers is cheap, thousands of objects are not.
    const shown =
      options.limit === undefined || options.limit >= found.length ? found : topOf(found, options.limit, best);
    return {
      total: found.length,
      results: shown.sort(best).map((document) => ({
        document,
        score: scores[document] as number,
        terms: matched.get(document) ?? [...words],
      })),
    };
  }

  /** Scores what one query word finds (as typed, by prefix, by edits) into `scores`, listing each document once in `holding`. */
  private wordScores(
    word: string,
    boosts: Float64Array,
    options: CompactSearchOptions,
    scores: Float64Array,
    holding: number[],
    matched: Map<number, string[]>,
  ): void {
    const exact = this.dictionary.get(word);
    // Found by edits, a document may hold other words than the query's: then each word found is kept.
    const tracking = options.edits !== undefined;
    const add = (term: number, weight: number, shown: string) =>
      this.score(term, weight, boosts, options.boostDocument, scores, holding, tracking ? shown : undefined, matched);
    if (exact !== undefined) add(exact, 1, word);
    const prefixed = new Set<string>();
    if (options.prefix?.(word) === true) {
      for (const [term, number] of this.dictionary.withPrefix(word)) {
        prefixed.add(term);
        const distance = term.length - word.length;
        if (distance > 0) add(number, (prefixWeight * term.length) / (term.length + 0.3 * distance), word);
      }
    }
    const edits = options.edits?.(word) ?? 0;
    if (edits > 0) {
      for (const [term, number, distance] of this.dictionary.near(word, edits))
        if (!prefixed.has(term)) add(number, (fuzzyWeight * term.length) / (term.length + distance), term);
    }
  }

  /** Adds one indexed word's BM25+ score, per searched field, to the documents holding it. */
  private score(
    term: number,
    weight: number,
    boosts: Float64Array,
    boostDocument: ((document: number) => number) | undefined,
    scores: Float64Array,
    holding: number[],
    shown: string | undefined,
    matched: Map<number, string[]>,
  ): void {
    const { length, documents, fields, counts } = this.postings.read(term);
    const alive = this.alive;
    // Documents holding the word per field, removed ones left out: the word's rarity in that field.
    const perField = new Int32Array(this.fieldCount);
    for (let index = 0; index < length; index++) {
      const field = fields[index] as number;
      if (alive[documents[index] as number] === 1 && (boosts[field] as number) > 0)
        perField[field] = (perField[field] as number) + 1;
    }
    const { k, b, d } = bm25;
    for (let index = 0; index < length; index++) {
      const document = documents[index] as number;
      const field = fields[index] as number;
      const boost = boosts[field] as number;
      if (boost === 0 || alive[document] !== 1) continue;
      const documentBoost = boostDocument === undefined ? 1 : boostDocument(document);
      if (documentBoost === 0) continue;
      const withField = this.documentsWithField[field] as number;
      const averageLength = withField === 0 ? 1 : (this.lengthSums[field] as number) / withField;
      const fieldLength = this.lengths[document * this.fieldCount + field] as number;
      const holdingField = perField[field] as number;
      const rarity = Math.log(1 + (this.documents - holdingField + 0.5) / (holdingField + 0.5));
      const count = counts[index] as number;
      const saturation = (count * (k + 1)) / (count + k * (1 - b + (b * fieldLength) / averageLength));
      if ((scores[document] as number) === 0) holding.push(document);
      scores[document] = (scores[document] as number) + weight * boost * documentBoost * rarity * (d + saturation);
      if (shown !== undefined) {
        const words = matched.get(document);
        if (words === undefined) matched.set(document, [shown]);
        else if (!words.includes(shown)) words.push(shown);
      }
    }
  }

  private ensureDocuments(count: number): void {
    if (count <= this.alive.length) return;
    let capacity = Math.max(1024, this.alive.length);
    while (capacity < count) capacity *= 2;
    const lengths = new Uint16Array(capacity * this.fieldCount);
    lengths.set(this.lengths);
    this.lengths = lengths;
    const alive = new Uint8Array(capacity);
    alive.set(this.alive);
    this.alive = alive;
    const postingCounts = new Int32Array(capacity);
    postingCounts.set(this.postingCounts);
    this.postingCounts = postingCounts;
  }
}

/** The `count` items of `items` that `order` puts first, in no particular order (quickselect). */
function topOf(items: number[], count: number, order: (left: number, right: number) => number): number[] {
  const list = [...items];
  let low = 0;
  let high = list.length - 1;
  while (low < high) {
    const pivot = list[(low + high) >>> 1] as number;
    let left = low;
    let right = high;
    while (left <= right) {
      while (order(list[left] as number, pivot) < 0) left++;
      while (order(list[right] as number, pivot) > 0) right--;
      if (left <= right) {
        [list[left], list[right]] = [list[right] as number, list[left] as number];
        left++;
        right--;
      }
    }
    if (count - 1 <= right) high = right;
    else if (count - 1 >= left) low = left;
    else break;
  }
  return list.slice(0, count);
}
