import { describe, expect, it } from 'vitest';
import { english as en, spanish as es } from '../../src/renderer/src/i18n/locales';
import { errorCodes } from '../../src/shared/ipc/result';

function leaves(tree: object, prefix = ''): Map<string, string> {
  const found = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const name = prefix === '' ? key : `${prefix}.${key}`;
    if (typeof value === 'string') found.set(name, value);
    else for (const [child, text] of leaves(value as object, name)) found.set(child, text);
  }
  return found;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]).sort();

describe('translations', () => {
  const english = leaves(en);
  const spanish = leaves(es);

  it('have the same keys in English and Spanish', () => {
    expect([...spanish.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it('have no empty text and the same placeholders in both languages', () => {
    for (const [key, text] of english) {
      const other = spanish.get(key) ?? '';
      expect(text.trim(), key).not.toBe('');
      expect(other.trim(), key).not.toBe('');
      expect(placeholders(other), key).toEqual(placeholders(text));
    }
  });

  it('explain every error code the router can return', () => {
    for (const code of errorCodes) expect(english.has(`errors.${code}`), code).toBe(true);
  });
});
