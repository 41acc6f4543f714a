/**
 * Tables of planted identifiers and near-misses for the pattern tests: a planted detail must be
 * gone (its digits too, however the rest of the sentence is punctuated), a near-miss must come
 * back byte for byte.
 */
import { expect } from 'vitest';
import type { BriefLanguage } from '../../../../src/shared/exports/language';
import { deidentifierFor } from '../fixtures';

/** A sentence, and the identifying detail planted in it as written there. */
export type Planted = readonly [sentence: string, planted: string];

const digitsOf = (text: string) => text.replace(/\D/g, '');

export function deidentify(sentence: string, language: BriefLanguage = 'en'): string {
  return deidentifierFor(language).text(sentence);
}

/** The detail is replaced by the marker, and neither it nor its run of digits is left. */
export function expectRemoved([sentence, planted]: Planted, marker: string): void {
  expect(sentence, 'the planted detail is in its sentence').toContain(planted);
  const output = deidentify(sentence);
  expect(output).toContain(marker);
  expect(output.toLowerCase()).not.toContain(planted.toLowerCase());
  const digits = digitsOf(planted);
  if (digits.length > 0) expect(digitsOf(output), output).not.toContain(digits);
}

/** Text that only looks like a detail comes back exactly as it was, in either language. */
export function expectKept(sentence: string): void {
  expect(deidentify(sentence, 'en')).toBe(sentence);
  expect(deidentify(sentence, 'es')).toBe(sentence);
}
