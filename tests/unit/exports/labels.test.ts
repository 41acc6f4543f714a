import { describe, expect, it } from 'vitest';
import { taxonomyEn } from '../../../src/shared/i18n/taxonomy.en';
import { taxonomyEs } from '../../../src/shared/i18n/taxonomy.es';
import { briefLabels } from '../../../src/shared/exports/labels/briefTexts';
import { briefTaxonomyEn } from '../../../src/shared/exports/labels/taxonomy.en';
import { briefTaxonomyEs } from '../../../src/shared/exports/labels/taxonomy.es';
import { briefTaxonomyLists } from '../../../src/shared/exports/labels/taxonomyLabels';

describe('brief labels', () => {
  it("use the app's own wording for every domain list (main cannot import the renderer's)", () => {
    for (const list of briefTaxonomyLists) {
      expect(briefTaxonomyEn[list], list).toEqual(taxonomyEn[list]);
      expect(briefTaxonomyEs[list], list).toEqual(taxonomyEs[list]);
    }
  });

  it('have the same texts in English and Spanish, none empty', () => {
    const leaves = (tree: object, prefix = ''): string[] =>
      Object.entries(tree).flatMap(([key, value]) =>
        typeof value === 'string' ? [`${prefix}${key}`] : leaves(value as object, `${prefix}${key}.`),
      );
    const english = briefLabels('en').texts;
    const spanish = briefLabels('es').texts;
    expect(leaves(spanish)).toEqual(leaves(english));
    for (const texts of [english, spanish]) {
      expect(JSON.stringify(texts)).not.toMatch(/""/);
    }
  });

  it('write dates as readers of each language do', () => {
    expect(briefLabels('en').formatDate('2025-03-14')).toBe('14 March 2025');
    expect(briefLabels('es').formatDate('2025-03-14')).toBe('14 de marzo de 2025');
    expect(briefLabels('es').formatShortDate('2025-03-01')).toBe('1 mar 2025');
  });

  it('write mean ratings with the decimal mark of each language', () => {
    expect(briefLabels('en').formatNumber(4.5)).toBe('4.5');
    expect(briefLabels('es').formatNumber(4.5)).toBe('4,5');
    expect(briefLabels('es').formatNumber(7)).toBe('7');
  });
});
