/**
 * The index's words, each with a number, found exactly, by prefix ("frustr" → "frustracion") or
 * within a few edits ("tribnal" → "tribunal"). Prefixes are found in a sorted list, kept sorted
 * as words arrive after the first search; edits by a scan of the words of about the right length,
 * which only a search that found nothing as typed asks for.
 */

/** New words at most this many are inserted into the sorted list one by one; more, it is sorted again. */
const insertLimit = 2000;

export class TermDictionary {
  private readonly numbers = new Map<string, number>();
  private readonly words: string[] = [];
  private sorted: string[] = [];
  private unsorted: string[] = [];

  get size(): number {
    return this.words.length;
  }

  /** The word's number, or undefined when it was never added. */
  get(word: string): number | undefined {
    return this.numbers.get(word);
  }

  /** The word's number, given a new one if it is new. */
  add(word: string): number {
    const known = this.numbers.get(word);
    if (known !== undefined) return known;
    // An own copy: a word cut from a document's text would otherwise keep the whole text alive.
    const copy = JSON.parse(JSON.stringify(word)) as string;
    const number = this.words.length;
    this.words.push(copy);
    this.numbers.set(copy, number);
    this.unsorted.push(copy);
    return number;
  }

  /** Every word that starts with `prefix` (itself included), with its number. */
  withPrefix(prefix: string): [string, number][] {
    const sorted = this.sortedWords();
    const found: [string, number][] = [];
    for (let at = lowerBound(sorted, prefix); at < sorted.length; at++) {
      const word = sorted[at] as string;
      if (!word.startsWith(prefix)) break;
      found.push([word, this.numbers.get(word) as number]);
    }
    return found;
  }

  /** Every word within `distance` edits of `word` (itself excluded), with its number and its distance. */
  near(word: string, distance: number): [string, number, number][] {
    const found: [string, number, number][] = [];
    for (let number = 0; number < this.words.length; number++) {
      const candidate = this.words[number] as string;
      if (Math.abs(candidate.length - word.length) > distance || candidate === word) continue;
      const edits = editDistance(word, candidate, distance);
      if (edits <= distance) found.push([candidate, number, edits]);
    }
    return found;
  }

  private sortedWords(): string[] {
    if (this.unsorted.length === 0) return this.sorted;
    if (this.unsorted.length > insertLimit) {
      this.sorted = [...this.words].sort(compare);
    } else {
      for (const word of this.unsorted) this.sorted.splice(lowerBound(this.sorted, word), 0, word);
    }
    this.unsorted = [];
    return this.sorted;
  }
}

const compare = (left: string, right: string) => (left < right ? -1 : left > right ? 1 : 0);

/** The first position in `sorted` whose word is not below `word`. */
function lowerBound(sorted: readonly string[], word: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((sorted[middle] as string) < word) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * Levenshtein distance between two words (insertions, deletions, substitutions), or `limit + 1`
 * as soon as it must exceed `limit`.
 */
export function editDistance(left: string, right: string, limit: number): number {
  let previous = Array.from({ length: right.length + 1 }, (_, index) => index);
  let current = new Array<number>(right.length + 1);
  for (let row = 1; row <= left.length; row++) {
    current[0] = row;
    let smallest = row;
    for (let column = 1; column <= right.length; column++) {
      const substitution = (previous[column - 1] as number) + (left[row - 1] === right[column - 1] ? 0 : 1);
      const value = Math.min(substitution, (previous[column] as number) + 1, (current[column - 1] as number) + 1);
      current[column] = value;
      if (value < smallest) smallest = value;
    }
    if (smallest > limit) return limit + 1;
    [previous, current] = [current, previous];
  }
  return Math.min(previous[right.length] as number, limit + 1);
}
