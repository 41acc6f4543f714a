/**
 * `settings.json` format versions: the file the previous release wrote (no `version`) is read and
 * upgraded at the next change, its text kept beside it; one from a newer Alianza gives defaults
 * in memory, every change is refused with a message that says why, and its bytes stay as they were.
 */
import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { settingsVersioning } from '../../src/main/settings/settingsMigrations';
import { settingsV1toV2 } from '../../src/main/settings/settingsMigrations/settingsV1';
import { settingsV2toV3 } from '../../src/main/settings/settingsMigrations/settingsV2';
import { settingsV3toV4 } from '../../src/main/settings/settingsMigrations/settingsV3';
import { settingsV4toV5 } from '../../src/main/settings/settingsMigrations/settingsV4';
import { defaultWarningThresholds } from '../../src/shared/alliance/thresholds';
import { createSettingsStore } from '../../src/main/settings/settingsStore';
import { defaultReflectionIntervalDays, effectiveReflectionInterval } from '../../src/shared/settings/settings';
import { rejection } from './vault/fixtures';

let directory: string;
let file: string;
beforeEach(async () => {
  directory = await mkdtemp(path.join(tmpdir(), 'alianza-settings-version-'));
  file = path.join(directory, 'settings.json');
});
afterEach(async () => {
  await rm(directory, { recursive: true, force: true });
});

/** Exactly what the previous release wrote. */
const releasedV1 = `${JSON.stringify({ language: 'es', autoLockMinutes: 5 }, null, 2)}\n`;

describe('settings migrations', () => {
  it('has one step for each version before the current one', () => {
    expect(Object.keys(settingsVersioning.migrations).map(Number)).toEqual([1, 2, 3, 4]);
    expect(settingsVersioning.current).toBe(5);
  });

  it('1 → 2 only adds the version, and leaves its input as it was', () => {
    const input = { language: 'es', autoLockMinutes: 5 };
    expect(settingsV1toV2(input)).toEqual({ ...input, version: 2 });
    expect(input).toEqual({ language: 'es', autoLockMinutes: 5 });
  });

  it('2 → 3 only stamps: a version 2 file has no thresholds of its own', () => {
    const input = { version: 2, language: 'es', autoLockMinutes: 5 };
    expect(settingsV2toV3(input)).toEqual({ ...input, version: 3 });
    expect(input.version).toBe(2);
  });

  it('3 → 4 only stamps: a version 3 file has no holiday calendar, so the UI language decides', () => {
    const input = { version: 3, language: 'es', autoLockMinutes: 5 };
    expect(settingsV3toV4(input)).toEqual({ ...input, version: 4 });
    expect(input.version).toBe(3);
  });

  it('4 → 5 only stamps: a version 4 file has no reflection interval, so the default applies', () => {
    const input = { version: 4, language: 'es', autoLockMinutes: 5, holidays: 'none' };
    expect(settingsV4toV5(input)).toEqual({ ...input, version: 5 });
    expect(input.version).toBe(4);
  });
});

/** Exactly what the release before the reflection interval wrote. */
const releasedV4 = readFileSync(new URL('../fixtures/settings/settings-v4.json', import.meta.url), 'utf8');

describe('a settings file of version 4', () => {
  it('reads with the default interval, and keeps its text beside it when an interval is chosen', async () => {
    await writeFile(file, releasedV4);
    const store = createSettingsStore(directory);
    const read = await store.get();
    expect(read).toEqual({ language: 'es', autoLockMinutes: 5, holidays: { country: 'CL', region: 'RM' } });
    expect(effectiveReflectionInterval(read)).toBe(defaultReflectionIntervalDays);
    expect(await readFile(file, 'utf8')).toBe(releasedV4);

    expect((await store.update({ reflectionIntervalDays: 21 })).reflectionIntervalDays).toBe(21);
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({
      version: 5,
      language: 'es',
      autoLockMinutes: 5,
      holidays: { country: 'CL', region: 'RM' },
      reflectionIntervalDays: 21,
    });
    expect(await readFile(`${file}.v4`, 'utf8')).toBe(releasedV4);
    expect(effectiveReflectionInterval(await createSettingsStore(directory).get())).toBe(21);
  });

  it('treats an interval out of range as a damaged file: defaults in memory', async () => {
    await writeFile(
      file,
      JSON.stringify({ version: 5, language: 'es', autoLockMinutes: 5, reflectionIntervalDays: 0 }),
    );
    expect(await createSettingsStore(directory).get()).toEqual({ language: 'system', autoLockMinutes: 15 });
  });
});

/** Exactly what the release before the holiday calendar wrote, with thresholds set. */
const releasedV3 = readFileSync(new URL('../fixtures/settings/settings-v3.json', import.meta.url), 'utf8');

describe('a settings file of version 3', () => {
  it('reads with no holiday calendar and its thresholds, and keeps its text beside it when a calendar is chosen', async () => {
    await writeFile(file, releasedV3);
    const store = createSettingsStore(directory);
    expect(await store.get()).toEqual({ language: 'es', autoLockMinutes: 5 });
    expect((await store.getAllianceThresholds()).perceptionGap).toBe(4);

    const chosen = await store.update({ holidays: { country: 'CL', region: 'AP' } });
    expect(chosen.holidays).toEqual({ country: 'CL', region: 'AP' });
    const written = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
    expect(written).toMatchObject({ version: 5, language: 'es', holidays: { country: 'CL', region: 'AP' } });
    expect(written.allianceThresholds).toMatchObject({ perceptionGap: 4 });
    expect(await readFile(`${file}.v3`, 'utf8')).toBe(releasedV3);
    expect((await createSettingsStore(directory).get()).holidays).toEqual({ country: 'CL', region: 'AP' });
    expect((await createSettingsStore(directory).update({ holidays: 'none' })).holidays).toBe('none');
  });

  it('treats a holiday calendar that is not a country code as a damaged file: defaults in memory', async () => {
    await writeFile(
      file,
      JSON.stringify({ version: 4, language: 'es', autoLockMinutes: 5, holidays: { country: 'Chile' } }),
    );
    expect(await createSettingsStore(directory).get()).toEqual({ language: 'system', autoLockMinutes: 15 });
  });
});

/** Exactly what the release before the alliance thresholds wrote. */
const releasedV2 = readFileSync(new URL('../fixtures/settings/settings-v2.json', import.meta.url), 'utf8');

describe('a settings file of version 2', () => {
  it('reads with the default thresholds, and keeps its text beside it when they are first set', async () => {
    await writeFile(file, releasedV2);
    const store = createSettingsStore(directory);
    expect(await store.get()).toEqual({ language: 'es', autoLockMinutes: 60 });
    expect(await store.getAllianceThresholds()).toEqual(defaultWarningThresholds);
    expect(await readFile(file, 'utf8')).toBe(releasedV2);

    const set = await store.setAllianceThresholds({ ...defaultWarningThresholds, perceptionGap: 4 });
    expect(set.perceptionGap).toBe(4);
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({
      version: 5,
      language: 'es',
      autoLockMinutes: 60,
      allianceThresholds: { ...defaultWarningThresholds, perceptionGap: 4 },
    });
    expect(await readFile(`${file}.v2`, 'utf8')).toBe(releasedV2);
    const reopened = createSettingsStore(directory);
    expect((await reopened.getAllianceThresholds()).perceptionGap).toBe(4);
    // A change of a preference keeps the thresholds, and the thresholds never show among the preferences.
    expect(await reopened.update({ language: 'en' })).toEqual({ language: 'en', autoLockMinutes: 60 });
    expect((await createSettingsStore(directory).getAllianceThresholds()).perceptionGap).toBe(4);
  });

  it('does not write the thresholds while the practitioner has not set them', async () => {
    await createSettingsStore(directory).update({ language: 'en' });
    expect(JSON.parse(await readFile(file, 'utf8'))).not.toHaveProperty('allianceThresholds');
  });

  it('treats thresholds out of range as a damaged file: defaults in memory', async () => {
    await writeFile(
      file,
      JSON.stringify({ version: 3, language: 'es', autoLockMinutes: 5, allianceThresholds: { perceptionGap: 99 } }),
    );
    const store = createSettingsStore(directory);
    expect(await store.getAllianceThresholds()).toEqual(defaultWarningThresholds);
    expect(await store.get()).toEqual({ language: 'system', autoLockMinutes: 15 });
  });
});

describe('a settings file from the previous release', () => {
  it('is read as it is, and written over only at the next change, keeping its text beside it', async () => {
    await writeFile(file, releasedV1);
    const store = createSettingsStore(directory);
    expect(await store.get()).toEqual({ language: 'es', autoLockMinutes: 5 });
    expect(await readFile(file, 'utf8')).toBe(releasedV1);

    expect(await store.update({ autoLockMinutes: 15 })).toEqual({ language: 'es', autoLockMinutes: 15 });
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({ version: 5, language: 'es', autoLockMinutes: 15 });
    expect(await readFile(`${file}.v1`, 'utf8')).toBe(releasedV1);
    expect(await createSettingsStore(directory).get()).toEqual({ language: 'es', autoLockMinutes: 15 });
  });

  it('writes new settings with the current version', async () => {
    await createSettingsStore(directory).update({ language: 'en' });
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({ version: 5, language: 'en', autoLockMinutes: 15 });
  });
});

describe('a settings file from a newer version of Alianza', () => {
  const newer = `${JSON.stringify({ version: 6, language: 'en', autoLockMinutes: 60, theme: 'dark' }, null, 2)}\n`;

  it('starts with defaults in memory and refuses every change, leaving the file as it is', async () => {
    await writeFile(file, newer);
    const store = createSettingsStore(directory);
    expect(await store.get()).toEqual({ language: 'system', autoLockMinutes: 15 });

    const error = await rejection(store.update({ language: 'es' }));
    expect(error.code).toBe('unsupported-format');
    expect(error.file).toBe(file);
    expect(error.message).toBe(
      'The settings file (settings.json) was written by a newer version of Alianza (format 6; this one reads up to 5). ' +
        'Update Alianza to open it; the file was left as it is. ' +
        'Until then Alianza uses its default settings and does not save a change to them.',
    );
    expect(await store.get()).toEqual({ language: 'system', autoLockMinutes: 15 });
    expect(await readFile(file, 'utf8')).toBe(newer);
  });

  it('is not written over even when it appears after the settings were read', async () => {
    const store = createSettingsStore(directory);
    await store.get();
    await writeFile(file, newer);
    expect((await rejection(store.update({ autoLockMinutes: 1 }))).code).toBe('unsupported-format');
    expect((await rejection(store.setAllianceThresholds(defaultWarningThresholds))).code).toBe('unsupported-format');
    expect(await readFile(file, 'utf8')).toBe(newer);
  });
});
