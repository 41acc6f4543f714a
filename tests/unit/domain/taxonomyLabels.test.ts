import { describe, expect, it } from 'vitest';
import { taxonomyEn } from '../../../src/shared/i18n/taxonomy.en';
import { taxonomyEs } from '../../../src/shared/i18n/taxonomy.es';
import { phasePrompts, taxonomy } from '../../../src/shared/domain/taxonomy';

const languages = { en: taxonomyEn, es: taxonomyEs } as const;

describe('taxonomy labels', () => {
  describe.each(Object.entries(languages))('in %s', (_language, labels) => {
    it.each(Object.entries(taxonomy))('label every id of %s, and nothing else', (list, ids) => {
      const group = (labels as Record<string, Record<string, string>>)[list];
      expect(group, list).toBeDefined();
      expect(Object.keys(group ?? {}).sort()).toEqual([...ids].sort());
      for (const id of ids) expect(group?.[id]?.trim(), `${list}.${id}`).not.toBe('');
    });

    it('label every phase prompt as a question', () => {
      for (const prompt of Object.values(phasePrompts).flat()) expect(labels.prompts[prompt]).toMatch(/\?$/);
    });
  });

  it('have the same keys in English and Spanish, and Spanish is not left in English', () => {
    const english = Object.entries(taxonomyEn).flatMap(([list, group]) =>
      Object.entries(group).map(([id, text]) => [`${list}.${id}`, text] as const),
    );
    const spanish = new Map(
      Object.entries(taxonomyEs).flatMap(([list, group]) =>
        Object.entries(group).map(([id, text]) => [`${list}.${id}`, text] as const),
      ),
    );
    expect([...spanish.keys()].sort()).toEqual(english.map(([key]) => key).sort());
    // A few labels can be spelled alike in both languages; most cannot.
    const same = english.filter(([key, text]) => spanish.get(key) === text).map(([key]) => key);
    expect(same).toEqual([]);
  });

  it('label hints for the choices that need one', () => {
    expect(Object.keys(taxonomyEn.sectionVisibilityHints).sort()).toEqual([...taxonomy.sectionVisibilities].sort());
    expect(Object.keys(taxonomyEn.ruptureKindHints).sort()).toEqual(['confrontation', 'withdrawal']);
  });
});
