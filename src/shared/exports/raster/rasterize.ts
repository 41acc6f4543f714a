/**
 * Draws the chart SVG trees into pixels, for the PNG that a DOCX must carry beside an SVG for
 * word processors that cannot show SVG (LibreOffice among them). It knows the few elements the
 * charts use (rect, line, polyline, path with straight segments, circle, text), fills polygons
 * on a supersampled grid and averages it down, so edges are smooth. Text uses the bitmap font.
 */
import { attributeText, type SvgElement } from '../../charts/svgTree';
import { advanceUnits, capitalRows, textDots } from './bitmapFont';
import { fillPolygons, type Canvas, type Point } from './polygons';
import { circle, pathShapes, strokePolygons } from './shapes';

export interface RasterImage {
  width: number;
  height: number;
  /** RGB, 3 bytes per pixel, rows top to bottom. */
  rgb: Uint8Array;
}

type Matrix = [number, number, number, number, number, number];
const identity: Matrix = [1, 0, 0, 1, 0, 0];

interface Style {
  fill: string;
  stroke: string;
  strokeWidth: number;
  dash: number[];
  fontSize: number;
  bold: boolean;
  anchor: string;
  baseline: string;
  matrix: Matrix;
}

/** Samples per pixel along each axis; `downsample` is written for 2. */
const supersample = 2;

/** Pixels of the tree at `scale` pixels per SVG unit. */
export function rasterize(tree: SvgElement, scale = 2): RasterImage {
  const width = Math.ceil(number(tree.attributes.width, 400) * scale);
  const height = Math.ceil(number(tree.attributes.height, 300) * scale);
  const factor = scale * supersample;
  const canvas: Canvas = {
    width: width * supersample,
    height: height * supersample,
    pixels: new Uint32Array(width * supersample * height * supersample).fill(0xffffff),
  };
  const style: Style = {
    fill: '#000000',
    stroke: 'none',
    strokeWidth: 1,
    dash: [],
    fontSize: 12,
    bold: false,
    anchor: 'start',
    baseline: 'auto',
    matrix: [factor, 0, 0, factor, 0, 0],
  };
  draw(canvas, tree, style);
  return { width, height, rgb: downsample(canvas, width, height) };
}

function number(value: string | number | undefined, fallback: number): number {
  const parsed = typeof value === 'number' ? value : Number.parseFloat(value ?? '');
  return Number.isFinite(parsed) ? parsed : fallback;
}

function styleOf(element: SvgElement, parent: Style): Style {
  const { attributes } = element;
  const text = (name: keyof SvgElement['attributes']) =>
    attributes[name] === undefined ? undefined : attributeText(attributes[name]);
  return {
    fill: text('fill') ?? parent.fill,
    stroke: text('stroke') ?? parent.stroke,
    strokeWidth: number(attributes['stroke-width'], parent.strokeWidth),
    dash:
      text('stroke-dasharray')
        ?.split(/[\s,]+/)
        .map(Number)
        .filter((value) => value > 0) ?? parent.dash,
    fontSize: number(attributes['font-size'], parent.fontSize),
    bold: text('font-weight') === undefined ? parent.bold : Number(text('font-weight')) >= 600,
    anchor: text('text-anchor') ?? parent.anchor,
    baseline: text('dominant-baseline') ?? parent.baseline,
    matrix: multiply(parent.matrix, transformOf(text('transform'))),
  };
}

/** `rotate(a cx cy)` and `translate(x y)`, the transforms the charts write. */
function transformOf(value: string | undefined): Matrix {
  let matrix = identity;
  for (const [, name, list] of value?.matchAll(/(\w+)\(([^)]*)\)/g) ?? []) {
    const [a = 0, b = 0, c = 0] = (list ?? '').split(/[\s,]+/).map(Number);
    if (name === 'translate') matrix = multiply(matrix, [1, 0, 0, 1, a, b]);
    if (name === 'rotate') {
      const radians = (a * Math.PI) / 180;
      const [cos, sin] = [Math.cos(radians), Math.sin(radians)];
      matrix = multiply(matrix, [1, 0, 0, 1, b, c]);
      matrix = multiply(matrix, [cos, sin, -sin, cos, 0, 0]);
      matrix = multiply(matrix, [1, 0, 0, 1, -b, -c]);
    }
  }
  return matrix;
}

function multiply(left: Matrix, right: Matrix): Matrix {
  const [a, b, c, d, e, f] = left;
  const [g, h, i, j, k, l] = right;
  return [a * g + c * h, b * g + d * h, a * i + c * j, b * i + d * j, a * k + c * l + e, b * k + d * l + f];
}

function apply(matrix: Matrix, x: number, y: number): Point {
  return [matrix[0] * x + matrix[2] * y + matrix[4], matrix[1] * x + matrix[3] * y + matrix[5]];
}

function draw(canvas: Canvas, element: SvgElement, parent: Style): void {
  const style = styleOf(element, parent);
  const at = (name: keyof SvgElement['attributes']) => number(element.attributes[name], 0);
  const paint = (shapes: Point[][], closed: boolean) => {
    if (closed && style.fill !== 'none') fillPolygons(canvas, shapes.map(transformed(style)), style.fill);
    if (style.stroke !== 'none') for (const shape of shapes) strokeLine(canvas, shape, closed, style);
  };
  switch (element.tag) {
    case 'title':
    case 'desc':
      return;
    case 'rect': {
      const [x, y, w, h] = [at('x'), at('y'), at('width'), at('height')];
      paint(
        [
          [
            [x, y],
            [x + w, y],
            [x + w, y + h],
            [x, y + h],
          ],
        ],
        true,
      );
      return;
    }
    case 'circle':
      paint([circle(at('cx'), at('cy'), at('r'))], true);
      return;
    case 'line':
      if (style.stroke !== 'none')
        strokeLine(
          canvas,
          [
            [at('x1'), at('y1')],
            [at('x2'), at('y2')],
          ],
          false,
          style,
        );
      return;
    case 'polyline': {
      const values = String(element.attributes.points ?? '')
        .split(/[\s,]+/)
        .map(Number);
      const points: Point[] = [];
      for (let index = 0; index + 1 < values.length; index += 2)
        points.push([values[index] ?? 0, values[index + 1] ?? 0]);
      paint([points], false);
      return;
    }
    case 'path':
      paint(pathShapes(String(element.attributes.d ?? '')), true);
      return;
    case 'text':
      drawText(canvas, element, style);
      return;
    default:
      for (const child of element.children) if (typeof child !== 'string') draw(canvas, child, style);
  }
}

function strokeLine(canvas: Canvas, points: readonly Point[], closed: boolean, style: Style): void {
  fillPolygons(canvas, strokePolygons(points, closed, style).map(transformed(style)), style.stroke);
}

function transformed(style: Style): (shape: Point[]) => Point[] {
  return (shape) => shape.map(([x, y]) => apply(style.matrix, x, y));
}

function drawText(canvas: Canvas, element: SvgElement, style: Style): void {
  const pieces: { text: string; x: number; y: number }[] = [];
  const x = number(element.attributes.x, 0);
  const y = number(element.attributes.y, 0);
  const own = element.children.filter((child): child is string => typeof child === 'string').join('');
  if (own.trim() !== '') pieces.push({ text: own, x, y });
  for (const child of element.children) {
    if (typeof child === 'string' || child.tag !== 'tspan') continue;
    const text = child.children.filter((part): part is string => typeof part === 'string').join('');
    pieces.push({ text, x: number(child.attributes.x, x), y: number(child.attributes.y, y) });
  }
  // The font's advance matches `estimateTextWidth`, so labels fit where the charts placed them.
  const unit = (style.fontSize * 0.58) / advanceUnits;
  const squares: Point[][] = [];
  for (const piece of pieces) {
    const { dots, columns } = textDots(piece.text);
    const width = columns * unit;
    const left = piece.x - (style.anchor === 'middle' ? width / 2 : style.anchor === 'end' ? width : 0);
    const top = piece.y - (style.baseline === 'middle' ? capitalRows / 2 : capitalRows) * unit;
    const grow = style.bold ? unit * 0.45 : 0;
    for (const dot of dots) {
      const [dx, dy] = [left + dot.column * unit, top + dot.row * unit];
      squares.push([
        [dx, dy],
        [dx + unit + grow, dy],
        [dx + unit + grow, dy + unit],
        [dx, dy + unit],
      ]);
    }
  }
  if (style.fill !== 'none') fillPolygons(canvas, squares.map(transformed(style)), style.fill);
}

/** Averages each 2×2 block of the supersampled grid into one pixel (unrolled: this is the hot loop). */
function downsample(canvas: Canvas, width: number, height: number): Uint8Array {
  const output = new Uint8Array(width * height * 3);
  const { pixels } = canvas;
  const stride = canvas.width;
  let offset = 0;
  for (let y = 0; y < height; y += 1) {
    const top = 2 * y * stride;
    const bottom = top + stride;
    for (let x = 0; x < width; x += 1) {
      const a = pixels[top + 2 * x] ?? 0;
      const b = pixels[top + 2 * x + 1] ?? 0;
      const c = pixels[bottom + 2 * x] ?? 0;
      const d = pixels[bottom + 2 * x + 1] ?? 0;
      output[offset++] = ((a >>> 16) + (b >>> 16) + (c >>> 16) + (d >>> 16) + 2) >>> 2;
      output[offset++] = (((a >>> 8) & 255) + ((b >>> 8) & 255) + ((c >>> 8) & 255) + ((d >>> 8) & 255) + 2) >>> 2;
      output[offset++] = ((a & 255) + (b & 255) + (c & 255) + (d & 255) + 2) >>> 2;
    }
  }
  return output;
}
