/**
 * The word a pseudonym starts with, from what the practitioner wrote about a party's relationship
 * ("madre", "abuela materna", "father", "older sister") and never from the name: "Padre A" tells
 * the supervisor it was the father, where "Madre/padre A" hid it. Spanish nouns carry gender, so
 * the word also says which article agrees with it; a role with no stated relationship keeps a
 * neutral word and takes no article.
 */
import type { PartyRole } from '../../domain/taxonomy';
import { fold } from '../../text/normalize';
import type { BriefLanguage } from '../language';

export type GrammaticalGender = 'feminine' | 'masculine' | 'neutral';

export interface KinshipWord {
  en: string;
  es: string;
  /** The Spanish word's gender, for the article before it. */
  gender: GrammaticalGender;
}

/** Relationship words, folded, longest phrases first where they overlap. */
const kinship: readonly [readonly string[], KinshipWord][] = [
  [
    ['bisabuela', 'great-grandmother', 'great grandmother'],
    { en: 'Great-grandmother', es: 'Bisabuela', gender: 'feminine' },
  ],
  [
    ['bisabuelo', 'great-grandfather', 'great grandfather'],
    { en: 'Great-grandfather', es: 'Bisabuelo', gender: 'masculine' },
  ],
  [['madrastra', 'stepmother', 'step-mother'], { en: 'Stepmother', es: 'Madrastra', gender: 'feminine' }],
  [['padrastro', 'stepfather', 'step-father'], { en: 'Stepfather', es: 'Padrastro', gender: 'masculine' }],
  [['abuela', 'grandmother', 'grandma', 'granny', 'lela'], { en: 'Grandmother', es: 'Abuela', gender: 'feminine' }],
  [['abuelo', 'grandfather', 'grandpa', 'lelo'], { en: 'Grandfather', es: 'Abuelo', gender: 'masculine' }],
  [['madre', 'mother', 'mama', 'mamá', 'mum', 'mom'], { en: 'Mother', es: 'Madre', gender: 'feminine' }],
  [['padre', 'father', 'papa', 'papá', 'dad', 'daddy'], { en: 'Father', es: 'Padre', gender: 'masculine' }],
  [['tia', 'aunt', 'auntie'], { en: 'Aunt', es: 'Tía', gender: 'feminine' }],
  [['tio', 'uncle'], { en: 'Uncle', es: 'Tío', gender: 'masculine' }],
  [['hermana', 'sister', 'half-sister', 'medio hermana'], { en: 'Sister', es: 'Hermana', gender: 'feminine' }],
  [['hermano', 'brother', 'half-brother', 'medio hermano'], { en: 'Brother', es: 'Hermano', gender: 'masculine' }],
  [['prima', 'cousin (female)'], { en: 'Cousin', es: 'Prima', gender: 'feminine' }],
  [['primo', 'cousin'], { en: 'Cousin', es: 'Primo', gender: 'masculine' }],
  [['madrina', 'godmother'], { en: 'Godmother', es: 'Madrina', gender: 'feminine' }],
  [['padrino', 'godfather'], { en: 'Godfather', es: 'Padrino', gender: 'masculine' }],
  [
    ['hija', 'daughter', 'nina', 'niña', 'girl', 'adolescente mujer', 'nieta', 'granddaughter'],
    { en: 'Girl', es: 'Niña', gender: 'feminine' },
  ],
  [
    ['hijo', 'son', 'nino', 'niño', 'boy', 'adolescente hombre', 'nieto', 'grandson'],
    { en: 'Boy', es: 'Niño', gender: 'masculine' },
  ],
  [
    ['pareja de la madre', "mother's partner", 'mothers partner'],
    { en: "Mother's partner", es: 'Pareja de la madre', gender: 'feminine' },
  ],
  [
    ['pareja del padre', "father's partner", 'fathers partner'],
    { en: "Father's partner", es: 'Pareja del padre', gender: 'feminine' },
  ],
  [
    ['pareja', 'partner', 'conviviente', 'boyfriend', 'girlfriend'],
    { en: 'Partner', es: 'Pareja', gender: 'feminine' },
  ],
  [['vecina'], { en: 'Neighbour', es: 'Vecina', gender: 'feminine' }],
  [['vecino', 'neighbour', 'neighbor'], { en: 'Neighbour', es: 'Vecino', gender: 'masculine' }],
  [['profesora', 'educadora', 'teacher (female)'], { en: 'Teacher', es: 'Profesora', gender: 'feminine' }],
  [['profesor', 'educador', 'teacher'], { en: 'Teacher', es: 'Profesor', gender: 'masculine' }],
];

/** Words for a role when the relationship says nothing: the Spanish ones neutral, since the role alone does not tell. */
export const roleWords: Record<PartyRole, KinshipWord> = {
  child: { en: 'Child', es: 'NNA', gender: 'neutral' },
  parent: { en: 'Parent', es: 'Madre/padre', gender: 'neutral' },
  caregiver: { en: 'Caregiver', es: 'Persona cuidadora', gender: 'feminine' },
  relative: { en: 'Relative', es: 'Familiar', gender: 'neutral' },
  professional: { en: 'Professional', es: 'Profesional', gender: 'neutral' },
  court: { en: 'Court', es: 'Tribunal', gender: 'masculine' },
  other: { en: 'Person', es: 'Persona', gender: 'feminine' },
};

/** Roles whose pseudonym may come from the relationship: a court or a professional is named by role. */
const familyRoles = new Set<PartyRole>(['child', 'parent', 'caregiver', 'relative', 'other']);

/** The pseudonym's word for a party: from its relationship when that says who they are, else from its role. */
export function kinshipWord(role: PartyRole, relationship: string | undefined): KinshipWord {
  if (relationship !== undefined && (familyRoles.has(role) || role === 'professional')) {
    const words = ` ${fold(relationship)
      .replace(/[^\p{L}\s'-]+/gu, ' ')
      .replace(/\s+/g, ' ')
      .trim()} `;
    for (const [names, word] of kinship) {
      if (role === 'professional' && !['Teacher'].includes(word.en)) continue;
      // A child's relationship names the child ("hija de la madre"), not the adult it mentions.
      if (role === 'child' && !['Girl', 'Boy'].includes(word.en)) continue;
      if (role !== 'child' && ['Girl', 'Boy'].includes(word.en)) continue;
      if (names.some((name) => words.includes(` ${fold(name)} `))) return word;
    }
  }
  return roleWords[role];
}

/** The word in a language. */
export function kinshipText(word: KinshipWord, language: BriefLanguage): string {
  return word[language];
}

/** Every word a pseudonym can start with, in both languages, so warnings never flag one. */
export const kinshipWords: readonly string[] = [
  ...kinship.flatMap(([, word]) => [word.en, word.es]),
  ...Object.values(roleWords).flatMap((word) => [word.en, word.es]),
].flatMap((word) => word.split(/[\s/']+/));
