/** What de-identification puts where it removed something, in the brief's language. */
import type { BriefLanguage } from '../language';

/** The kinds of identifying detail that are replaced or removed. */
export const replacementKinds = [
  'name',
  'court-reference',
  'address',
  'phone',
  'email',
  'handle',
  'national-id',
  'licence-plate',
  'number',
  'date-of-birth',
  'link',
  'place',
] as const;
export type ReplacementKind = (typeof replacementKinds)[number];

/** Markers for everything but names (names get a pseudonym, or `name` when it is unclear whose). */
const markerTexts: Record<BriefLanguage, Record<ReplacementKind, string>> = {
  en: {
    name: '[name]',
    'court-reference': '[court reference removed]',
    address: '[address removed]',
    phone: '[phone number removed]',
    email: '[e-mail removed]',
    handle: '[handle removed]',
    'national-id': '[ID number removed]',
    'licence-plate': '[licence plate removed]',
    number: '[number removed]',
    'date-of-birth': '[date of birth removed]',
    link: '[link removed]',
    place: '[place]',
  },
  es: {
    name: '[nombre]',
    'court-reference': '[referencia judicial eliminada]',
    address: '[dirección eliminada]',
    phone: '[teléfono eliminado]',
    email: '[correo eliminado]',
    handle: '[usuario eliminado]',
    'national-id': '[número de identificación eliminado]',
    'licence-plate': '[patente eliminada]',
    number: '[número eliminado]',
    'date-of-birth': '[fecha de nacimiento eliminada]',
    link: '[enlace eliminado]',
    place: '[lugar]',
  },
};

/** The marker that stands in for a removed detail of this kind. */
export function markerFor(kind: ReplacementKind, language: BriefLanguage): string {
  return markerTexts[language][kind];
}

/** Every marker in both languages, so warnings never flag a word inside one. */
export const allMarkers: readonly string[] = Object.values(markerTexts).flatMap((texts) => Object.values(texts));
