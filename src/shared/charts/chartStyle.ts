/**
 * Colours and type for the charts. Colour is never the only cue: series also differ by dash
 * pattern and marker shape, counts are printed in their cells. Text colours pass WCAG AA on
 * the fills they sit on.
 */
import type { Phase } from '../domain/taxonomy';

export const chartFont = { family: 'system-ui, -apple-system, Segoe UI, Roboto, sans-serif', size: 12 } as const;

export const chartColors = {
  ink: '#1f2a33',
  muted: '#4d5b66',
  grid: '#d9d4c8',
  frame: '#8a948c',
  practitioner: '#23607a',
  caregiver: '#8a4500',
  withdrawal: '#5b3f8c',
  confrontation: '#9b2c1f',
  ruptureLine: '#7a7a7a',
  background: '#ffffff',
} as const;

/** Light tints behind each phase; the phase is also written at the top of its band. */
export const phaseFills: Record<Phase, string> = {
  start: '#e6eff4',
  evaluation: '#f5efe1',
  intervention: '#e7f1e5',
  closure: '#f0e8f1',
};

/** Cell fills for counts 0, 1, 2, 3–4, 5+; the last two carry white text. */
export const heatFills = ['#ffffff', '#dbe8ee', '#a9c8d6', '#3b7690', '#1d4f66'] as const;

export function heatLevel(count: number): number {
  if (count <= 0) return 0;
  if (count === 1) return 1;
  if (count === 2) return 2;
  if (count <= 4) return 3;
  return 4;
}

/** A rough width of a label in pixels, to place legend items without measuring text. */
export function estimateTextWidth(text: string, fontSize: number = chartFont.size): number {
  return Math.ceil(text.length * fontSize * 0.58);
}
