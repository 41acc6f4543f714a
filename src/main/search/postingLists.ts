/**
 * The postings of every term (which document, in which field, how often), packed as bytes in
 * one pool of small linked blocks. A posting takes about three bytes here; as MiniSearch's
 * nested Maps (a Map per term and field, an entry per document) it took about forty, which was
 * most of the search worker's memory.
 *
 * Each posting is the document id as a varint delta from the term's previous posting (ids only
 * grow), then one byte with the field (low 5 bits) and the count when it is under 8 (high 3 bits;
 * 0 means a varint count follows). Removed documents are skipped by the reader's caller and
 * dropped by `compact`.
 */

/** Data bytes per block: small, as most terms occur in few documents. */
const blockBytes = 32;
/** Fields a posting can name (5 bits). */
export const maximumFields = 32;

export type PostingVisitor = (document: number, field: number, count: number) => void;

/** A term's postings as `read` gives them: the first `length` items of each array. */
export interface PostingsRead {
  length: number;
  documents: Int32Array;
  fields: Uint8Array;
  counts: Int32Array;
}

export class PostingLists {
  private pool = new Uint8Array(blockBytes * 1024);
  private next = new Int32Array(1024).fill(-1);
  private blocks = 0;
  /** Per term: its first and last block, the bytes used in the last, and its last document id. */
  private head = new Int32Array(1024).fill(-1);
  private tail = new Int32Array(1024);
  private used = new Int32Array(1024);
  private last = new Int32Array(1024);
  private terms = 0;
  private scratch = { documents: new Int32Array(256), fields: new Uint8Array(256), counts: new Int32Array(256) };

  /** Bytes held, for the benchmark and the tests. */
  get byteLength(): number {
    return this.pool.byteLength + this.next.byteLength + 4 * this.head.byteLength;
  }

  /** Adds a posting; `document` is never below the term's previous one. */
  add(term: number, document: number, field: number, count: number): void {
    if (field < 0 || field >= maximumFields) throw new RangeError(`No field ${field} in the postings.`);
    if (term >= this.terms) this.ensureTerms(term + 1);
    if (this.head[term] === -1) {
      const block = this.allocate();
      this.head[term] = block;
      this.tail[term] = block;
      this.used[term] = 0;
      this.last[term] = 0;
    }
    const delta = document - (this.last[term] as number);
    if (delta < 0) throw new RangeError('Postings must be added in document order.');
    this.last[term] = document;
    this.writeVarint(term, delta);
    if (count > 0 && count < 8) this.writeByte(term, field | (count << 5));
    else {
      this.writeByte(term, field);
      this.writeVarint(term, count);
    }
  }

  /**
   * The postings of `term`, in document order, in arrays reused by the next read: a search reads
   * thousands of postings per word, and a call per posting cost more than the reading.
   */
  read(term: number): PostingsRead {
    let length = 0;
    if (term >= this.terms || this.head[term] === -1) return { length, ...this.scratch };
    const pool = this.pool;
    const next = this.next;
    let block = this.head[term] as number;
    const lastBlock = this.tail[term] as number;
    const lastUsed = this.used[term] as number;
    let offset = block * blockBytes;
    let end = offset + (block === lastBlock ? lastUsed : blockBytes);
    const readByte = (): number => {
      if (offset === end) {
        block = next[block] as number;
        offset = block * blockBytes;
        end = offset + (block === lastBlock ? lastUsed : blockBytes);
      }
      return pool[offset++] as number;
    };
    const readVarint = (): number => {
      let value = 0;
      let scale = 1;
      for (;;) {
        const byte = readByte();
        value += (byte & 0x7f) * scale;
        if (byte < 0x80) return value;
        scale *= 0x80;
      }
    };
    let document = 0;
    while (!(offset === end && block === lastBlock)) {
      if (length === this.scratch.documents.length) this.growScratch();
      const { documents, fields, counts } = this.scratch;
      document += readVarint();
      const fieldByte = readByte();
      const small = fieldByte >> 5;
      documents[length] = document;
      fields[length] = fieldByte & 31;
      counts[length] = small === 0 ? readVarint() : small;
      length++;
    }
    return { length, ...this.scratch };
  }

  /** Calls `visit` with each posting of `term`, in document order. */
  forEach(term: number, visit: PostingVisitor): void {
    const { length, documents, fields, counts } = this.read(term);
    for (let index = 0; index < length; index++)
      visit(documents[index] as number, fields[index] as number, counts[index] as number);
  }

  /** The same postings without those of documents `keep` refuses, in a pool no larger than they need. */
  compact(keep: (document: number) => boolean): PostingLists {
    const compacted = new PostingLists();
    for (let term = 0; term < this.terms; term++)
      this.forEach(term, (document, field, count) => {
        if (keep(document)) compacted.add(term, document, field, count);
      });
    return compacted;
  }

  private writeVarint(term: number, value: number): void {
    while (value >= 0x80) {
      this.writeByte(term, (value % 0x80) | 0x80);
      value = Math.floor(value / 0x80);
    }
    this.writeByte(term, value);
  }

  private writeByte(term: number, value: number): void {
    let block = this.tail[term] as number;
    let used = this.used[term] as number;
    if (used === blockBytes) {
      const added = this.allocate();
      this.next[block] = added;
      block = added;
      this.tail[term] = block;
      used = 0;
    }
    this.pool[block * blockBytes + used] = value;
    this.used[term] = used + 1;
  }

  private growScratch(): void {
    const capacity = this.scratch.documents.length * 2;
    const documents = new Int32Array(capacity);
    const fields = new Uint8Array(capacity);
    const counts = new Int32Array(capacity);
    documents.set(this.scratch.documents);
    fields.set(this.scratch.fields);
    counts.set(this.scratch.counts);
    this.scratch = { documents, fields, counts };
  }

  private allocate(): number {
    if (this.blocks === this.next.length) {
      const capacity = this.next.length * 2;
      const pool = new Uint8Array(capacity * blockBytes);
      pool.set(this.pool);
      this.pool = pool;
      const next = new Int32Array(capacity).fill(-1);
      next.set(this.next);
      this.next = next;
    }
    return this.blocks++;
  }

  private ensureTerms(count: number): void {
    this.terms = count;
    if (count <= this.head.length) return;
    let capacity = this.head.length;
    while (capacity < count) capacity *= 2;
    const grow = (array: Int32Array, fill?: number) => {
      const grown = new Int32Array(capacity);
      if (fill !== undefined) grown.fill(fill);
      grown.set(array);
      return grown;
    };
    this.head = grow(this.head, -1);
    this.tail = grow(this.tail);
    this.used = grow(this.used);
    this.last = grow(this.last);
  }
}
