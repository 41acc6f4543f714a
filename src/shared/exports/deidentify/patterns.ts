/**
 * Identifying details found by their shape rather than by a list: court file references,
 * addresses, phone numbers, e-mail addresses and links, national ID numbers, dates of birth and
 * long digit runs. Spanish (Chile) and English forms. Each pattern errs on the side of removing:
 * a lost house number costs the supervisor nothing, a kept one can identify a family. The
 * families already widened have their own files under `patterns/`.
 */
import { escapeRegExp } from '../../text/normalize';
import { contactPatterns } from './patterns/contacts';
import { courtPatterns } from './patterns/courts';
import { datePatterns } from './patterns/dates';
import { idPatterns } from './patterns/ids';
import { numberPatterns } from './patterns/numbers';
import { phonePatterns } from './patterns/phones';
import { platePatterns } from './patterns/plates';
import { anyCase, end, start, type DetailPattern } from './patterns/shared';

export { digitCount, type DetailPattern } from './patterns/shared';

/**
 * A street name: capitalised words (a short one may be an abbreviation with a full stop, "Gral.",
 * "Sta."), the particles street names carry, and a day number in names like "10 de Julio". A
 * sentence's full stop ends it, so the next sentence's first word is never taken along.
 */
const streetWord = "(?:\\p{Lu}[\\p{L}\\p{M}'’]{0,3}\\.|\\p{Lu}[\\p{L}\\p{M}'’]*(?![°º])|\\d{1,2}(?=\\s+de\\s))";
/** The first word may be a number ("Pasaje 3"); later numbers are the house number. */
const streetName = `(?:${streetWord}|\\d{1,4}[A-Za-z]?(?![\\p{L}\\p{N}]))(?:\\s+(?:(?:de|del|la|las|los|el|y)\\s+)*${streetWord}){0,4}`;
const houseNumber = `(?:\\s*,?\\s*(?:[nN][°º]\\.?|#|[nN]ro\\.?|[nN][úu]mero)?\\s*\\d{1,5}[A-Za-z]?${end})?`;
const unit = `(?:\\s*,?\\s*(?:${['depto', 'dpto', 'departamento', 'casa', 'block', 'torre', 'oficina', 'piso', 'of'].map(anyCase).join('|')})\\.?\\s*[\\p{L}\\d-]{1,6}${end})*`;
const streetWordsEs = [
  'calle',
  'avenida',
  'avda.',
  'avda',
  'av.',
  'pasaje',
  'psje.',
  'psje',
  'pje.',
  'pje',
  'camino',
  'callejón',
  'callejon',
  'diagonal',
  'alameda',
  'paseo',
  'población',
  'poblacion',
  'pobl.',
  'villa',
  'condominio',
  'parcela',
]
  .map(anyCase)
  .join('|');
const streetWordsEn =
  'Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Drive|Dr|Close|Way|Court|Ct|Place|Pl|Boulevard|Blvd|Terrace|Crescent|Gardens|Square|Sq|Row|Grove|Hill|Park|Parade|Mews';
const flatEn = '(?:Flat|Apt|Apartment|Unit|Suite)\\.?\\s*[\\w-]{1,6}';

/** The patterns in the order they run: wider shapes first, so a narrower one never cuts them up. */
export const detailPatterns: readonly DetailPattern[] = [
  ...contactPatterns,
  ...datePatterns,
  ...courtPatterns,
  ...idPatterns,
  ...phonePatterns,
  ...platePatterns,
  {
    kind: 'address',
    pattern: new RegExp(`${start}(?:${streetWordsEs})\\s+${streetName}${houseNumber}${unit}`, 'gu'),
  },
  {
    kind: 'address',
    pattern: new RegExp(
      `(?:${start}${flatEn},?\\s*)?${start}\\d{1,5}[A-Za-z]?,?\\s+(?:[\\p{Lu}][\\p{L}\\p{M}'’-]*\\s+){1,4}(?:${streetWordsEn})\\.?${end}(?:,?\\s*${flatEn})?`,
      'gu',
    ),
  },
  { kind: 'address', pattern: new RegExp(`${start}[A-Z]{1,2}\\d[A-Z\\d]?\\s\\d[A-Z]{2}${end}`, 'gu') },
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
  const patterns: DetailPattern[] = [
    { kind: 'court-reference', pattern: new RegExp(`${start}${join(parts)}${end}`, 'giu') },
  ];
  const firstNumber = parts.findIndex((part) => /^\d{3,}$/.test(part));
  if (firstNumber >= 0) {
    const core = parts.slice(firstNumber);
    patterns.push({ kind: 'court-reference', pattern: new RegExp(`${start}${join(core)}${end}`, 'giu') });
  }
  return patterns;
}
