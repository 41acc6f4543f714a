import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decryptFile, encryptFile, fileHeaderLength, readGeneration } from '../../../src/main/vault/encryptedFile';
import { AppError } from '../../../src/shared/ipc/result';
import { randomKey, thrown } from './fixtures';

const key = randomKey();
const binding = { vaultId: randomUUID(), fileId: 'case:alpha' };
const path = '/vault/cases/alpha.alz';

function encode(value: unknown, generation = 1): Buffer {
  return encryptFile(key, binding, generation, Buffer.from(JSON.stringify(value), 'utf8'));
}

function decode(bytes: Buffer, where = binding): unknown {
  return JSON.parse(decryptFile(key, where, bytes, path).payload.toString('utf8'));
}

/** Any JSON, with text from every Unicode plane and some long strings. */
const anyJson = fc.oneof(
  fc.jsonValue(),
  fc.record({
    title: fc.string({ unit: 'binary', maxLength: 200 }),
    entries: fc.array(fc.string({ unit: 'grapheme', maxLength: 2000 }), { maxLength: 20 }),
  }),
  fc.string({ unit: 'binary', minLength: 10_000, maxLength: 60_000 }),
);

const sample = encode({ note: 'La madre dijo que no volvería a la sesión — 母亲 — أم', count: 3 }, 7);

function expectIntegrity(action: () => unknown): void {
  const error = thrown(action);
  expect(error).toBeInstanceOf(AppError);
  expect(error.code).toBe('integrity');
  expect(error.file).toBe(path);
}

describe('the encrypted file format', () => {
  it('round-trips any JSON, including large and non-Latin text', () => {
    fc.assert(
      fc.property(anyJson, fc.integer({ min: 1, max: 2 ** 40 }), (value, generation) => {
        const bytes = encode(value, generation);
        const decrypted = decryptFile(key, binding, bytes, path);
        expect(decrypted.generation).toBe(generation);
        expect(JSON.parse(decrypted.payload.toString('utf8'))).toEqual(JSON.parse(JSON.stringify(value)));
      }),
      { numRuns: 200 },
    );
  });

  it('lays out magic, version, generation, iv, tag and ciphertext', () => {
    expect(sample.subarray(0, 4).toString('ascii')).toBe('ALZF');
    expect(sample[4]).toBe(1);
    expect(readGeneration(sample)).toBe(7);
    expect(sample.length).toBeGreaterThan(fileHeaderLength);
  });

  it('uses a fresh IV for every write', () => {
    const ivs = new Set(Array.from({ length: 50 }, () => encode('same').subarray(13, 25).toString('hex')));
    expect(ivs.size).toBe(50);
  });

  it('rejects any flipped bit', () => {
    fc.assert(
      fc.property(fc.nat({ max: sample.length * 8 - 1 }), (bit) => {
        const damaged = Buffer.from(sample);
        damaged[bit >> 3] = (damaged[bit >> 3] ?? 0) ^ (1 << (bit & 7));
        expectIntegrity(() => decode(damaged));
      }),
      { numRuns: 1000 },
    );
  });

  it('rejects every flipped bit of the header', () => {
    for (let bit = 0; bit < fileHeaderLength * 8; bit++) {
      const damaged = Buffer.from(sample);
      damaged[bit >> 3] = (damaged[bit >> 3] ?? 0) ^ (1 << (bit & 7));
      expectIntegrity(() => decode(damaged));
    }
  });

  it('rejects any truncation', () => {
    fc.assert(
      fc.property(fc.nat({ max: sample.length - 1 }), (length) => {
        expectIntegrity(() => decode(sample.subarray(0, length)));
      }),
      { numRuns: 300 },
    );
  });

  it('rejects any appended bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 1, maxLength: 64 }), (extra) => {
        expectIntegrity(() => decode(Buffer.concat([sample, extra])));
      }),
    );
  });

  it('rejects a file moved to another file id, another vault or another generation', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('index', 'case:beta', 'draft:alpha', 'case:alph', 'case:alpha ', 'case:Alpha'),
        (fileId) => {
          expectIntegrity(() => decode(sample, { ...binding, fileId }));
        },
      ),
    );
    expectIntegrity(() => decode(sample, { ...binding, vaultId: randomUUID() }));
    const renumbered = Buffer.from(sample);
    renumbered.writeBigUInt64BE(8n, 5);
    expectIntegrity(() => decode(renumbered));
  });

  it('rejects a file encrypted under another key', () => {
    const foreign = encryptFile(randomKey(), binding, 1, Buffer.from('{}'));
    expectIntegrity(() => decode(foreign));
  });
});
