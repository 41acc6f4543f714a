/**
 * Identifying details found by their shape rather than by a list: links, e-mail addresses and
 * social media handles, dates of birth, court file references, ID numbers, phone numbers,
 * licence plates, addresses and long digit runs, in Spanish (Chile) and English (US and UK), in
 * any letter case. Each family has its own file under `patterns/`; this is the order they run
 * in. Each pattern errs on the side of removing: a lost house number costs the supervisor
 * nothing, a kept one can identify a family.
 */
import { escapeRegExp } from '../../text/normalize';
import { addressPatterns, postcodePatterns } from './patterns/addresses';
import { contactPatterns } from './patterns/contacts';
import { courtPatterns } from './patterns/courts';
import { datePatterns } from './patterns/dates';
import { idPatterns } from './patterns/ids';
import { numberPatterns } from './patterns/numbers';
import { phonePatterns } from './patterns/phones';
import { platePatterns } from './patterns/plates';
import { end, start, type DetailPattern } from './patterns/shared';

export { createPrefilterCheck, digitCount, type DetailPattern } from './patterns/shared';

/**
 * The patterns in the order they run: wider shapes first, so a narrower one never cuts them up.
 * Links and e-mails go before everything (their digits are no phone); dates of birth before
 * phones and IDs (neither takes a date); court references and labelled IDs before phones ("RUC
 * 2410012345-6", "NHS 485 777 3456" have a phone's shape), and postcodes too ("62704-1234");
 * addresses and plain numbers last.
 */
export const detailPatterns: readonly DetailPattern[] = [
  ...contactPatterns,
  ...datePatterns,
  ...courtPatterns,
  ...idPatterns,
  ...postcodePatterns,
  ...phonePatterns,
  ...platePatterns,
  ...addressPatterns,
  ...numberPatterns,
];

/**
 * Patterns for one case's own court reference: the whole reference however it is spaced or
 * punctuated, and its number alone ("1234-2023" of "RIT C-1234-2023").
 */
export function referencePatterns(reference: string | undefined): DetailPattern[] {
  if (reference === undefined) return [];
  const parts = reference.match(/[\p{L}\p{N}]+/gu) ?? [];
  if (parts.join('').length < 3) return [];
  const join = (items: readonly string[]) => items.map(escapeRegExp).join('[\\s.:/#°º-]*');
  // A match holds the first part as written, in any case: a text without it is not searched.
  const pattern = (items: readonly string[]): DetailPattern => ({
    kind: 'court-reference',
    pattern: new RegExp(`${start}${join(items)}${end}`, 'giu'),
    needs: [new RegExp(escapeRegExp(items[0] ?? ''), 'iu')],
  });
  const patterns: DetailPattern[] = [pattern(parts)];
  const firstNumber = parts.findIndex((part) => /^\d{3,}$/.test(part));
  if (firstNumber >= 0) patterns.push(pattern(parts.slice(firstNumber)));
  return patterns;
}
