/** The geometry of the shapes the charts draw, as polygons in SVG units (before any transform). */
import type { Point } from './polygons';

/** A circle as a 24-sided polygon: round enough for markers a few pixels wide. */
export function circle(cx: number, cy: number, r: number): Point[] {
  return Array.from({ length: 24 }, (_, index) => {
    const angle = (index / 24) * Math.PI * 2;
    return [cx + r * Math.cos(angle), cy + r * Math.sin(angle)] as Point;
  });
}

/** Absolute and relative M, L, H, V, Z; other commands are drawn as a straight line to their end. */
export function pathShapes(d: string): Point[][] {
  const shapes: Point[][] = [];
  let current: Point[] = [];
  let [x, y] = [0, 0];
  for (const [, command = 'L', list = ''] of d.matchAll(/([a-zA-Z])([^a-zA-Z]*)/g)) {
    const values =
      list.trim() === ''
        ? []
        : list
            .trim()
            .split(/[\s,]+/)
            .map(Number);
    const relative = command === command.toLowerCase();
    const upper = command.toUpperCase();
    if (upper === 'Z') {
      if (current.length > 0) shapes.push(current);
      current = [];
      continue;
    }
    if (upper === 'H') x = (relative ? x : 0) + (values.at(-1) ?? 0);
    else if (upper === 'V') y = (relative ? y : 0) + (values.at(-1) ?? 0);
    else {
      x = (relative ? x : 0) + (values.at(-2) ?? 0);
      y = (relative ? y : 0) + (values.at(-1) ?? 0);
    }
    if (upper === 'M' && current.length > 0) {
      shapes.push(current);
      current = [];
    }
    current.push([x, y]);
  }
  if (current.length > 0) shapes.push(current);
  return shapes;
}

/**
 * A stroke as one quadrilateral per segment (per dash of a segment when dashed), with round
 * joins between undashed segments.
 */
export function strokePolygons(
  points: readonly Point[],
  closed: boolean,
  style: { strokeWidth: number; dash: readonly number[] },
): Point[][] {
  const first = points[0];
  const path = closed && first !== undefined && points.length > 2 ? [...points, first] : points;
  const half = style.strokeWidth / 2;
  const quads: Point[][] = [];
  let dashIndex = 0;
  let dashLeft = style.dash[0] ?? Infinity;
  let drawing = true;
  for (let index = 0; index + 1 < path.length; index += 1) {
    const [x0, y0] = path[index] ?? [0, 0];
    const [x1, y1] = path[index + 1] ?? [x0, y0];
    const length = Math.hypot(x1 - x0, y1 - y0);
    if (length === 0) continue;
    const [dx, dy] = [(x1 - x0) / length, (y1 - y0) / length];
    let at = 0;
    while (at < length) {
      const step = Math.min(dashLeft, length - at);
      if (drawing) {
        const [ax, ay, bx, by] = [x0 + dx * at, y0 + dy * at, x0 + dx * (at + step), y0 + dy * (at + step)];
        quads.push([
          [ax - dy * half, ay + dx * half],
          [bx - dy * half, by + dx * half],
          [bx + dy * half, by - dx * half],
          [ax + dy * half, ay - dx * half],
        ]);
      }
      at += step;
      dashLeft -= step;
      if (dashLeft <= 0 && style.dash.length > 0) {
        dashIndex = (dashIndex + 1) % style.dash.length;
        dashLeft = style.dash[dashIndex] ?? Infinity;
        drawing = !drawing;
      }
    }
    if (style.dash.length === 0 && index > 0) quads.push(circle(x0, y0, half));
  }
  return quads;
}
