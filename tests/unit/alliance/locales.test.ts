/** Every rule and level the engine returns has its text in both languages. */
import { describe, expect, it } from 'vitest';
import { english, spanish } from '../../../src/renderer/src/i18n/locales';
import { ruleIds, warningLevels } from '../../../src/shared/alliance';

describe('alliance warning texts', () => {
  it.each([
    ['English', english.alliance],
    ['Spanish', spanish.alliance],
  ])('%s names every rule and level and says what each warning is not', (_language, texts) => {
    for (const rule of ruleIds) {
      const text: Record<string, string> = texts.rules[rule];
      expect(text.name?.trim(), rule).toBeTruthy();
      expect(text.notThis?.trim(), rule).toBeTruthy();
      expect(Object.keys(text).length, rule).toBeGreaterThan(2);
    }
    for (const level of warningLevels) expect(texts.levels[level].trim(), level).toBeTruthy();
  });
});
