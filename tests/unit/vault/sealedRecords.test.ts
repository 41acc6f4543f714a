/**
 * The record log (file format 2) as an adversary sees it: every flipped bit, every cut, records
 * moved between files, generations, vaults and places, bytes added at the end. What opens must
 * be the records as sealed, or a prefix of them where the log was cut; anything else is damage.
 */
import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  logPrefixLength,
  openLog,
  openLogPrefix,
  sealLog,
  sealRecords,
  type OpenedLog,
} from '../../../src/main/vault/sealedRecords';
import { AppError } from '../../../src/shared/ipc/result';
import { seededRandom } from '../../support/seededRandom';
import { randomKey, thrown } from './fixtures';

const key = randomKey();
const binding = { vaultId: randomUUID(), fileId: 'case:familia-r' };
const file = '/vault/cases/familia-r.alz';
/** Bytes of each record before its ciphertext (its length fields, iv and tag), as sealed. */
const recordHeader = sealLog(key, binding, 1, [Buffer.alloc(0)]).length - logPrefixLength;
/** Of those, the length fields: what is left after the iv (12) and the tag (16). */
const lengthFields = recordHeader - 28;

const records = [
  Buffer.from('{"type":"snapshot","case":"Familia R."}'),
  Buffer.from('{"type":"entry","id":"e-1","note":"La abuela llamó."}'),
  Buffer.from('{"type":"entry","id":"e-2"}'),
];
const log = sealLog(key, binding, 7, records);
/** Where each record ends in `log`. */
const ends = records.reduce<number[]>((found, record) => {
  found.push((found.at(-1) ?? logPrefixLength) + recordHeader + record.length);
  return found;
}, []);

/** What opening gives: the records, or the error code. */
function outcome(bytes: Buffer): { records: string[]; torn: boolean; length: number } | { error: string } {
  try {
    const opened = openLog(key, binding, bytes, file);
    return { records: opened.records.map(String), torn: opened.torn, length: opened.length };
  } catch (error) {
    if (error instanceof AppError) return { error: error.code };
    throw error;
  }
}

function flipped(bytes: Buffer, bit: number): Buffer {
  const copy = Buffer.from(bytes);
  copy[bit >> 3] = (copy[bit >> 3] ?? 0) ^ (1 << (bit & 7));
  return copy;
}

/** True when `opened` holds exactly the first records sealed, in order. */
function isPrefix(opened: string[]): boolean {
  return opened.length <= records.length && opened.every((record, index) => record === String(records[index]));
}

describe('a record log that is not tampered with', () => {
  it('opens as the records sealed, whatever they hold, also when they were added in parts', () => {
    fc.assert(
      fc.property(
        fc.array(fc.uint8Array({ maxLength: 2000 }), { minLength: 1, maxLength: 8 }),
        fc.nat({ max: 8 }),
        fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }),
        (values, split, generation) => {
          const whole = sealLog(key, binding, generation, values);
          const opened = openLog(key, binding, whole, file);
          expect(opened.records.map((record) => Buffer.from(record))).toEqual(
            values.map((value) => Buffer.from(value)),
          );
          expect(opened).toMatchObject({ generation, length: whole.length, torn: false });
          expect(opened.firstLength).toBe(logPrefixLength + recordHeader + (values[0]?.length ?? 0));

          // The same records, the later ones appended one batch after the first.
          const cut = Math.min(Math.max(split, 1), values.length);
          const appended = Buffer.concat([
            sealLog(key, binding, generation, values.slice(0, cut)),
            sealRecords(key, binding, generation, cut, values.slice(cut)),
          ]);
          expect(appended.length).toBe(whole.length);
          expect(openLog(key, binding, appended, file).records.map((record) => Buffer.from(record))).toEqual(
            values.map((value) => Buffer.from(value)),
          );
        },
      ),
      { numRuns: 150 },
    );
  });

  it('refuses a log without records', () => {
    expect(thrown(() => openLog(key, binding, sealLog(key, binding, 1, []), file)).code).toBe('integrity');
  });
});

describe('every single-bit flip of a 3-record log', () => {
  const bits = log.length * 8;

  it('never opens as anything but a prefix of the records sealed', () => {
    let refused = 0;
    for (let bit = 0; bit < bits; bit++) {
      const result = outcome(flipped(log, bit));
      if ('error' in result) {
        expect(result.error, `bit ${bit}`).toBe('integrity');
        refused += 1;
      } else {
        expect(isPrefix(result.records), `bit ${bit}: ${JSON.stringify(result.records)}`).toBe(true);
        // A flip never leaves all three records readable: that would be a change nobody sees.
        expect(result.records.length, `bit ${bit}`).toBeLessThan(records.length);
      }
    }
    console.warn(`sealed records: ${bits} bit flips, ${refused} refused as damage`);
    expect(refused).toBeGreaterThan(bits * 0.9);
  });

  /**
   * A flip in a record's length field that makes it claim more bytes than the file has is taken
   * for a write cut short: the log opens without that record and those after it, and nothing
   * says it was damaged. Only a cut may shorten a log; a flipped bit is damage.
   */
  it('is refused as damage, never taken for a cut', () => {
    const taken: string[] = [];
    for (let bit = 0; bit < bits; bit++) {
      const result = outcome(flipped(log, bit));
      if (!('error' in result)) taken.push(`bit ${bit} (byte ${bit >> 3}): ${result.records.length} records, torn`);
    }
    expect(taken, taken.join('\n')).toEqual([]);
  });
});

describe('any overwrite of a 3-record log', () => {
  it('opens as the records before the bytes changed, or is refused as damage', () => {
    fc.assert(
      fc.property(
        fc.nat({ max: log.length - 1 }),
        fc.oneof(
          fc.uint8Array({ minLength: 1, maxLength: 64 }),
          fc.nat({ max: 64 }).map((n) => new Uint8Array(n + 1)),
        ),
        fc.option(fc.nat({ max: log.length }), { nil: undefined }),
        (start, replacement, cut) => {
          const bytes = Buffer.from(log);
          Buffer.from(replacement).copy(bytes, start);
          const changed = bytes.subarray(0, cut ?? bytes.length);
          const result = outcome(changed);
          if ('error' in result) {
            expect(result.error).toBe('integrity');
            return;
          }
          expect(isPrefix(result.records)).toBe(true);
          // Whatever opened lies before the first byte changed (or the change rewrote the same bytes).
          const end = result.length;
          const firstChanged = log.findIndex((byte, index) => index < changed.length && bytes[index] !== byte);
          expect(firstChanged === -1 || firstChanged >= end).toBe(true);
        },
      ),
      { numRuns: 3000, seed: 20261202 },
    );
  });
});

describe('every cut of a 3-record log', () => {
  it('opens as the whole records before the cut, or is refused when not even the first is whole', () => {
    for (let length = 0; length < log.length; length++) {
      const result = outcome(log.subarray(0, length));
      const whole = ends.filter((end) => end <= length).length;
      if (whole === 0) {
        expect(result, `cut at ${length}`).toEqual({ error: 'integrity' });
        continue;
      }
      expect(result, `cut at ${length}`).toEqual({
        records: records.slice(0, whole).map(String),
        torn: !ends.includes(length),
        length: ends[whole - 1],
      });
    }
  });

  /**
   * The disk may keep the first sectors of an append (its length fields among them) and not the
   * rest, which then reads as zeros: a write that never finished, like a cut, not damage. The
   * part not written starts at a sector boundary (512 bytes) and runs to the end of the file.
   */
  it('opens the same when the disk left zeros from a sector boundary inside the last record', () => {
    const long = [...records.slice(0, 2), Buffer.from(JSON.stringify({ type: 'entry', text: 'x'.repeat(3000) }))];
    const bytes = sealLog(key, binding, 7, long);
    const lastStart = ends[1]!;
    const boundaries: number[] = [];
    for (let boundary = 512; boundary < bytes.length; boundary += 512)
      if (boundary > lastStart) boundaries.push(boundary);
    expect(boundaries.length).toBeGreaterThan(4);
    for (const boundary of boundaries) {
      const zeroed = Buffer.concat([bytes.subarray(0, boundary), Buffer.alloc(bytes.length - boundary)]);
      expect(outcome(zeroed), `zeros from ${boundary} of ${bytes.length}`).toEqual({
        records: records.slice(0, 2).map(String),
        torn: true,
        length: lastStart,
      });
    }
  });
});

describe('bytes after the last record', () => {
  it('are a write that never finished when they are zeros', () => {
    for (const count of [1, 4, 31, 32, 33, 100, 4096]) {
      expect(outcome(Buffer.concat([log, Buffer.alloc(count)])), `${count} zeros`).toEqual({
        records: records.map(String),
        torn: true,
        length: log.length,
      });
    }
  });

  it('are damage when they hold a whole record that does not authenticate', () => {
    const random = seededRandom(20261202);
    for (let sample = 0; sample < 200; sample++) {
      // A record of the right shape for the next position: its length fields kept, the rest noise.
      const garbage = sealRecords(key, binding, 7, 3, [Buffer.alloc(Math.floor(random() * 64))]);
      for (let index = lengthFields; index < garbage.length; index++) garbage[index] = Math.floor(random() * 256);
      expect(outcome(Buffer.concat([log, garbage])), `sample ${sample}`).toEqual({ error: 'integrity' });
    }
  });

  it('are damage when they are a record sealed for the next position of another file', () => {
    const other = sealRecords(key, { ...binding, fileId: 'case:familia-m' }, 7, 3, [Buffer.from('{"x":1}')]);
    expect(outcome(Buffer.concat([log, other]))).toEqual({ error: 'integrity' });
  });
});

describe('records moved where they were not sealed', () => {
  /** The bytes of record `index` (0-based) of a log. */
  const recordOf = (bytes: Buffer, index: number): Buffer => {
    let offset = logPrefixLength;
    for (let at = 0; at < index; at++) offset += recordHeader + bytes.readUInt32BE(offset);
    return bytes.subarray(offset, offset + recordHeader + bytes.readUInt32BE(offset));
  };
  /** `bytes` with its record `index` replaced by `replacement`. */
  const withRecord = (bytes: Buffer, index: number, replacement: Buffer): Buffer => {
    const parts = records.map((_, at) => recordOf(bytes, at));
    parts[index] = replacement;
    return Buffer.concat([bytes.subarray(0, logPrefixLength), ...parts]);
  };

  const cases: Array<[string, Buffer]> = [
    ['another file of the same vault', sealLog(key, { ...binding, fileId: 'case:familia-m' }, 7, records)],
    ['another generation of the same file', sealLog(key, binding, 8, records)],
    ['the same file of another vault', sealLog(key, { ...binding, vaultId: randomUUID() }, 7, records)],
  ];
  for (const [source, other] of cases) {
    it(`are refused when they come from ${source}`, () => {
      for (let index = 0; index < records.length; index++) {
        expect(outcome(withRecord(log, index, recordOf(other, index))), `record ${index + 1}`).toEqual({
          error: 'integrity',
        });
      }
    });
  }

  it('are refused when the whole log of another file is put in this one’s place', () => {
    expect(outcome(cases[0]![1])).toEqual({ error: 'integrity' });
    expect(outcome(cases[2]![1])).toEqual({ error: 'integrity' });
  });

  it('are refused when the prefix claims another generation', () => {
    const bumped = Buffer.from(log);
    bumped.writeBigUInt64BE(8n, 5);
    expect(outcome(bumped)).toEqual({ error: 'integrity' });
  });

  it('are refused when swapped, reordered or one is left out', () => {
    const [first, second, third] = [0, 1, 2].map((index) => recordOf(log, index)) as [Buffer, Buffer, Buffer];
    const prefix = log.subarray(0, logPrefixLength);
    for (const [label, order] of [
      ['2 and 3 swapped', [first, third, second]],
      ['1 and 2 swapped', [second, first, third]],
      ['reversed', [third, second, first]],
      ['2 left out', [first, third]],
      ['1 twice', [first, first, second, third]],
      ['3 twice', [first, second, third, third]],
    ] as const) {
      expect(outcome(Buffer.concat([prefix, ...order])), label).toEqual({ error: 'integrity' });
    }
  });
});

describe('openLogPrefix', () => {
  /** The log with one bit of record `index`'s ciphertext flipped. */
  const damagedAt = (index: number): Buffer => flipped(log, ((ends[index] ?? 0) - 1) * 8);

  it('returns exactly the whole records before a damaged one, and where they end', () => {
    for (const index of [1, 2]) {
      const opened: OpenedLog & { damaged: boolean } = openLogPrefix(key, binding, damagedAt(index), file);
      expect(opened.records.map(String)).toEqual(records.slice(0, index).map(String));
      expect(opened).toMatchObject({ damaged: true, generation: 7, length: ends[index - 1], firstLength: ends[0] });
      expect(thrown(() => openLog(key, binding, damagedAt(index), file)).code).toBe('integrity');
    }
  });

  it('returns records before damage in the middle, not after it', () => {
    // Record 2 damaged, record 3 whole: record 3 is still not returned.
    const opened = openLogPrefix(key, binding, damagedAt(1), file);
    expect(opened.records).toHaveLength(1);
  });

  it('throws when the first record is damaged', () => {
    expect(thrown(() => openLogPrefix(key, binding, damagedAt(0), file)).code).toBe('integrity');
  });

  it('says undamaged for a whole log and for one cut short', () => {
    expect(openLogPrefix(key, binding, log, file)).toMatchObject({ damaged: false, torn: false });
    expect(openLogPrefix(key, binding, log.subarray(0, log.length - 1), file)).toMatchObject({
      damaged: false,
      torn: true,
      length: ends[1],
    });
  });
});
