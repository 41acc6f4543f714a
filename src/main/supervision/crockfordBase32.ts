/**
 * Crockford's base32: digits and capitals without I, L, O and U, so a reference read aloud or
 * typed again is hard to get wrong; reading forgives case and the look-alikes (O for 0, I and L
 * for 1). The check symbol is Luhn mod 32, which catches every single changed symbol and every
 * swap of two neighbours but one (0 and Z, the first and last symbols).
 */
export const crockfordAlphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

const values = new Map<string, number>([...crockfordAlphabet].map((symbol, value) => [symbol, value]));
for (const [alias, symbol] of [
  ['O', '0'],
  ['I', '1'],
  ['L', '1'],
] as const)
  values.set(alias, values.get(symbol) ?? 0);

/** The value of one symbol, or undefined when it is not one (U included). */
export function symbolValue(symbol: string): number | undefined {
  return values.get(symbol.toUpperCase());
}

/** `count` symbols from the leading bits of `bytes`. */
export function encodeBits(bytes: Uint8Array, count: number): string {
  let symbols = '';
  for (let index = 0; index < count; index++) {
    let value = 0;
    for (let bit = index * 5; bit < index * 5 + 5; bit++) {
      const byte = bytes[bit >> 3] ?? 0;
      value = (value << 1) | ((byte >> (7 - (bit & 7))) & 1);
    }
    symbols += crockfordAlphabet[value];
  }
  return symbols;
}

/** Luhn mod 32 over canonical symbols: the symbol that makes the whole sequence check. */
export function checkSymbol(symbols: string): string {
  let factor = 2;
  let sum = 0;
  for (let index = symbols.length - 1; index >= 0; index--) {
    const addend = factor * (symbolValue(symbols[index] ?? '') ?? 0);
    factor = factor === 2 ? 1 : 2;
    sum += Math.floor(addend / 32) + (addend % 32);
  }
  return crockfordAlphabet[(32 - (sum % 32)) % 32] ?? '0';
}

/** Whether the last symbol is the check symbol of the others. */
export function checks(symbols: string): boolean {
  return symbols.length > 1 && checkSymbol(symbols.slice(0, -1)) === symbols.at(-1);
}
