import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSettingsStore } from '../../src/main/settings/settingsStore';
import { effectiveLanguage, languageForLocale } from '../../src/shared/settings/settings';

let directory: string;
beforeEach(async () => {
  directory = await mkdtemp(path.join(tmpdir(), 'alianza-settings-'));
});
afterEach(async () => {
  await rm(directory, { recursive: true, force: true });
});

describe('language choice', () => {
  it.each([
    ['es-CL', 'es'],
    ['es', 'es'],
    ['ES_es', 'es'],
    ['en-GB', 'en'],
    ['fr-FR', 'en'],
    ['', 'en'],
  ])('locale %s gives %s', (locale, language) => {
    expect(languageForLocale(locale)).toBe(language);
  });

  it('follows the system unless the user chose a language', () => {
    expect(effectiveLanguage({ language: 'system', autoLockMinutes: 15 }, 'es-AR')).toBe('es');
    expect(effectiveLanguage({ language: 'en', autoLockMinutes: 15 }, 'es-AR')).toBe('en');
  });
});

describe('the settings store', () => {
  it('starts from defaults and persists a change across restarts', async () => {
    const store = createSettingsStore(directory);
    expect(await store.get()).toEqual({ language: 'system', autoLockMinutes: 15 });
    await store.update({ language: 'es' });
    expect(await createSettingsStore(directory).get()).toEqual({ language: 'es', autoLockMinutes: 15 });
  });

  it('falls back to defaults in memory for a damaged file and leaves the file untouched', async () => {
    const file = path.join(directory, 'settings.json');
    await writeFile(file, '{ not json');
    expect(await createSettingsStore(directory).get()).toEqual({ language: 'system', autoLockMinutes: 15 });
    expect(await readFile(file, 'utf8')).toBe('{ not json');
  });
});
