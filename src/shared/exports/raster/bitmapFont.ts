/**
 * A 5×8 bitmap font (the classic "glcdfont" shapes) for the chart's PNG fallback: ASCII, accented
 * letters built from a base letter and a mark, and a few typographic signs. Crude beside a real
 * font, but legible, with no font file and no native code.
 */

/** Each glyph is five columns, top row in bit 0; rows 0–6 sit on the baseline, row 7 is the descender. */
const ascii =
  '0000000000 00005f0000 0007000700 147f147f14 242a7f2a12 2313086462 3649562050 0008070300 001c224100 0041221c00' +
  ' 2a1c7f1c2a 08083e0808 0050300000 0808080808 0000606000 2010080402 3e5149453e 00427f4000 7249494946 2141494d33' +
  ' 1814127f10 2745454539 3c4a494931 4121110907 3649494936 464949291e 0036360000 0056360000 0008142241 1414141414' +
  ' 0041221408 0201590906 3e415d594e 7c1211127c 7f49494936 3e41414122 7f4141413e 7f49494941 7f09090901 3e41415173' +
  ' 7f0808087f 00417f4100 2040413f01 7f08142241 7f40404040 7f021c027f 7f0408107f 3e4141413e 7f09090906 3e4151215e' +
  ' 7f09192946 2649494932 03017f0103 3f4040403f 1f2040201f 3f4038403f 6314081463 0304780403 6159494d43 007f414141' +
  ' 0204081020 004141417f 0402010204 4040404040 0001020400 2054547840 7f28444438 3844444428 384444287f 3854545418' +
  ' 00087e0902 18a4a49c78 7f08040478 00447d4000 2040403d00 7f10284400 00417f4000 7c0478047c 7c08040478 3844444438' +
  ' fc18242418 18242418fc 7c08040408 4854545424 04043f4424 3c4040207c 1c2040201c 3c4030403c 4428102844 4c9090907c' +
  ' 4464544c44 0008364100 0000770000 0041360800 0201020402';

const glyphs = new Map<string, number[]>();
ascii.split(' ').forEach((hex, index) => {
  const columns = (hex.padEnd(10, '0').match(/../g) ?? []).map((pair) => parseInt(pair, 16));
  glyphs.set(String.fromCharCode(32 + index), columns);
});
const extra: Record<string, string> = {
  ı: '00447c4000',
  '·': '0000080000',
  '°': '0006090600',
  º: '0006090600',
  ª: '0004050700',
  '¿': '30484d4020',
  '¡': '00007d0000',
  '€': '143e555541',
};
for (const [character, hex] of Object.entries(extra)) {
  glyphs.set(
    character,
    (hex.match(/../g) ?? []).map((pair) => parseInt(pair, 16)),
  );
}

/** Characters drawn as other characters. */
const substitutes: Record<string, string> = {
  '–': '-',
  '—': '-',
  '‒': '-',
  '’': "'",
  '‘': "'",
  '“': '"',
  '”': '"',
  '…': '...',
  '×': 'x',
  ' ': ' ',
};

/** Marks drawn above a base letter: [column, row] dots, row 0 the upper of two rows. */
const marks: Record<string, [number, number][]> = {
  '\u0301': [
    [3, 0],
    [2, 1],
  ],
  '\u0300': [
    [1, 0],
    [2, 1],
  ],
  '\u0308': [
    [1, 1],
    [3, 1],
  ],
  '\u0303': [
    [1, 0],
    [2, 0],
    [4, 0],
    [0, 1],
    [2, 1],
    [3, 1],
  ],
  '\u0302': [
    [2, 0],
    [1, 1],
    [3, 1],
  ],
};

/** One dot of a glyph, in font units: column 0–4, row (negative rows are marks above capitals). */
export interface GlyphDot {
  column: number;
  row: number;
}

/** How many font units each character advances: five columns and a gap. */
export const advanceUnits = 6;
/** Rows from the top of a capital to the baseline. */
export const capitalRows = 7;

function columnDots(columns: readonly number[], dots: GlyphDot[], offset: number): void {
  columns.forEach((bits, column) => {
    for (let row = 0; row < 8; row += 1) if ((bits >> row) & 1) dots.push({ column: column + offset, row });
  });
}

/** The dots of a text, laid out left to right from column 0. */
export function textDots(text: string): { dots: GlyphDot[]; columns: number } {
  const dots: GlyphDot[] = [];
  let offset = 0;
  for (const raw of text) {
    for (const character of substitutes[raw] ?? raw) {
      const decomposed = character.normalize('NFD');
      const base = decomposed[0] ?? '?';
      const mark = marks[decomposed.slice(1, 2)];
      const columns = glyphs.get(mark !== undefined && base === 'i' ? 'ı' : base) ?? glyphs.get('?') ?? [];
      columnDots(columns, dots, offset);
      if (mark !== undefined) {
        // Marks sit in the two rows above the letter: above row 0 for capitals, in rows 0–1 for small letters.
        const top = /\p{Lu}/u.test(base) ? -2 : 0;
        for (const dot of mark) dots.push({ column: offset + dot[0], row: top + dot[1] });
      }
      offset += advanceUnits;
    }
  }
  return { dots, columns: offset };
}
