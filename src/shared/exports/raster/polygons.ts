/** Filling polygons on an RGB grid, one scanline at a time, sampling each pixel at its centre. */

export type Point = [number, number];

export interface Canvas {
  width: number;
  height: number;
  /** One 0xRRGGBB value per pixel, so a span is filled with one `fill` call. */
  pixels: Uint32Array;
}

const origin: Point = [0, 0];
const named: Record<string, string> = { white: '#ffffff', black: '#000000' };

/** `#rrggbb`, `#rgb`, white or black as 0xRRGGBB; anything else is drawn black. */
export function parseColor(color: string): number {
  const hex = (named[color.toLowerCase()] ?? color).replace('#', '');
  const full = hex.length === 3 ? [...hex].map((digit) => digit + digit).join('') : hex;
  return /^[0-9a-f]{6}$/i.test(full) ? Number.parseInt(full, 16) : 0;
}

/**
 * Fills each polygon with an opaque colour. Every shape the charts draw is convex (rectangles,
 * stroke segments, circles, glyph dots, the rupture triangle and diamond), so each scanline is
 * filled between the leftmost and rightmost edge crossing: no sorting, no allocation per row.
 */
export function fillPolygons(canvas: Canvas, polygons: readonly Point[][], color: string): void {
  const value = parseColor(color);
  for (const polygon of polygons) {
    const count = polygon.length;
    if (count < 3) continue;
    let low = Infinity;
    let high = -Infinity;
    for (const point of polygon) {
      if (point[1] < low) low = point[1];
      if (point[1] > high) high = point[1];
    }
    const top = Math.max(0, Math.floor(low));
    const bottom = Math.min(canvas.height - 1, Math.ceil(high));
    for (let row = top; row <= bottom; row += 1) {
      const y = row + 0.5;
      let left = Infinity;
      let right = -Infinity;
      for (let index = 0; index < count; index += 1) {
        const [x0, y0] = polygon[index] ?? origin;
        const [x1, y1] = polygon[index + 1 === count ? 0 : index + 1] ?? origin;
        if (y0 === y1 || y < (y0 < y1 ? y0 : y1) || y >= (y0 > y1 ? y0 : y1)) continue;
        const x = x0 + ((y - y0) / (y1 - y0)) * (x1 - x0);
        if (x < left) left = x;
        if (x > right) right = x;
      }
      if (left === Infinity) continue;
      const from = Math.max(0, Math.ceil(left - 0.5));
      const to = Math.min(canvas.width - 1, Math.floor(right - 0.5));
      if (to >= from) canvas.pixels.fill(value, row * canvas.width + from, row * canvas.width + to + 1);
    }
  }
}
