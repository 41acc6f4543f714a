/**
 * Windowing for long lists: only the rows near the visible part are in the DOM, each placed at
 * its offset inside a spacer as tall as the whole list. Pure arithmetic, tested on its own.
 */

/** Where each row starts, plus the total height as the last item (length = rows + 1). */
export function rowOffsets(heights: readonly number[]): number[] {
  const offsets = [0];
  let total = 0;
  for (const height of heights) {
    total += height;
    offsets.push(total);
  }
  return offsets;
}

/** The first row whose bottom is below `position` (binary search over the offsets). */
export function rowAt(offsets: readonly number[], position: number): number {
  const rows = offsets.length - 1;
  let low = 0;
  let high = rows;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((offsets[middle + 1] ?? 0) <= position) low = middle + 1;
    else high = middle;
  }
  return Math.min(low, Math.max(0, rows - 1));
}

/** The rows to render, `start` inclusive and `end` exclusive, with `overscan` extra rows each side. */
export function visibleRange(
  offsets: readonly number[],
  scrollTop: number,
  viewportHeight: number,
  overscan = 6,
): { start: number; end: number } {
  const rows = offsets.length - 1;
  if (rows <= 0) return { start: 0, end: 0 };
  const first = rowAt(offsets, Math.max(0, scrollTop));
  const last = rowAt(offsets, Math.max(0, scrollTop + Math.max(viewportHeight, 1) - 1));
  return { start: Math.max(0, first - overscan), end: Math.min(rows, last + 1 + overscan) };
}
