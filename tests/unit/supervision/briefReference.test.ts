import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { briefReference, journalTag, readReference } from '../../../src/main/supervision/briefReference';
import { crockfordAlphabet } from '../../../src/main/supervision/crockfordBase32';

const vaultId = '6f1c2a34-0b9e-4c1d-9f20-8a7b6c5d4e3f';
const reference = briefReference(vaultId, 'export-1');

/** The reference's twelve symbols, with one replaced. */
function withSymbol(text: string, index: number, symbol: string): string {
  const symbols = text.replaceAll('-', '').slice(2);
  const changed = symbols.slice(0, index) + symbol + symbols.slice(index + 1);
  return `SB-${changed.slice(0, 4)}-${changed.slice(4, 8)}-${changed.slice(8)}`;
}

describe('the reference printed on a brief', () => {
  it('is the journal tag, then a part of the export, then a check, and is stable', () => {
    expect(reference).toMatch(/^SB-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(reference.slice(3, 7)).toBe(journalTag(vaultId));
    expect(briefReference(vaultId, 'export-1')).toBe(reference);
    expect(briefReference(vaultId, 'export-2')).not.toBe(reference);
    expect(briefReference('another-vault', 'export-1').slice(3, 7)).not.toBe(journalTag(vaultId));
  });

  it('contains neither the vault id nor the export id', () => {
    fc.assert(
      fc.property(fc.uuid(), fc.uuid(), (vault, exportId) => {
        const printed = briefReference(vault, exportId);
        expect(printed.length).toBe(17);
        // The uuids' long groups (8 and 12 hex digits); a short one could turn up in 17 symbols by chance.
        for (const part of [...vault.split('-'), ...exportId.split('-')].filter((each) => each.length >= 8))
          expect(printed.toLowerCase()).not.toContain(part);
      }),
      { numRuns: 200 },
    );
  });

  it('is found in text pasted from Word and mail: dashes, no-break spaces, invisible characters, lower case, look-alikes', () => {
    const found = { kind: 'found', reference, tag: journalTag(vaultId) };
    expect(readReference(`Reference: ${reference}`)).toEqual(found);
    expect(readReference(`Referencia:\u00A0${reference.replaceAll('-', '\u2013')}.`)).toEqual(found);
    expect(readReference(`ref ${reference.toLowerCase()}`)).toEqual(found);
    expect(readReference(reference.replaceAll('-', ' - '))).toEqual(found);
    expect(readReference([...reference].join('\u200B'))).toEqual(found);
    expect(readReference(reference.replaceAll('0', 'O').replaceAll('1', 'l'))).toEqual(found);
    expect(readReference(`${reference}\n…\n${reference}`)).toEqual(found);
  });

  it('tells an edited reference from no reference', () => {
    expect(readReference('Supervisor’s notes: see you on Tuesday.')).toEqual({ kind: 'none' });
    expect(readReference('SB-1234-5678')).toEqual({ kind: 'none' });
    const symbols = reference.replaceAll('-', '').slice(2);
    for (let index = 0; index < 12; index++) {
      for (const symbol of crockfordAlphabet) {
        if (symbol === symbols[index]) continue;
        expect(readReference(withSymbol(reference, index, symbol)).kind, `${index} → ${symbol}`).toBe('altered');
      }
    }
    const other = briefReference(vaultId, 'export-2');
    expect(readReference(`${reference} ${other}`).kind).toBe('altered');
    expect(readReference(`${reference} ${withSymbol(reference, 5, reference[9] === 'A' ? 'B' : 'A')}`).kind).toBe(
      'altered',
    );
  });

  it('catches two neighbouring symbols swapped, but 0 and Z (Luhn mod 32)', () => {
    fc.assert(
      fc.property(fc.uuid(), fc.integer({ min: 0, max: 10 }), (exportId, index) => {
        const printed = briefReference(vaultId, exportId);
        const symbols = printed.replaceAll('-', '').slice(2);
        const pair = `${symbols[index]}${symbols[index + 1]}`;
        if (symbols[index] === symbols[index + 1] || pair === '0Z' || pair === 'Z0') return;
        const swapped =
          symbols.slice(0, index) + (symbols[index + 1] ?? '') + (symbols[index] ?? '') + symbols.slice(index + 2);
        const text = `SB-${swapped.slice(0, 4)}-${swapped.slice(4, 8)}-${swapped.slice(8)}`;
        expect(readReference(text).kind).toBe('altered');
      }),
      { numRuns: 2000 },
    );
  });
});
