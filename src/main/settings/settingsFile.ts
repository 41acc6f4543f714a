/**
 * Reading and writing `settings.json`. What is on disk is told apart so the store can decide
 * what a save may do: a missing or damaged file may be replaced, a file from a newer Alianza may
 * not, and an older one is upgraded in memory, its text kept beside it when it is first replaced.
 */
import { readFile } from 'node:fs/promises';
import { AppError } from '../../shared/ipc/result';
import { warningThresholdsSchema, type WarningThresholds } from '../../shared/alliance/thresholds';
import { defaultSettings, settingsSchema, type Settings } from '../../shared/settings/settings';
import { newerDocument, newerVersionOf, upgradeDocument } from '../../shared/storage/documentVersion';
import { isErrorCode, writeFileDurably } from '../vault/durableFile';
import { settingsVersion, settingsVersioning } from './settingsMigrations';

/** What `settings.json` holds, as far as this version of Alianza can tell. */
export type StoredSettings =
  | { state: 'missing' }
  | { state: 'damaged' }
  /** Written by a newer Alianza: never written over; `refusal` says why. */
  | { state: 'newer'; refusal: AppError }
  /**
   * `version` is the one on disk; `text` is kept to back it up when it is older than this one.
   * `allianceThresholds` only when the practitioner set them: absent, the engine's defaults apply,
   * so a later release's better defaults reach everyone who never changed them.
   */
  | { state: 'read'; settings: Settings; allianceThresholds?: WarningThresholds; version: number; text: string };

/** What the file holds besides its version. */
export interface SettingsDocument {
  settings: Settings;
  allianceThresholds?: WarningThresholds | undefined;
}

/** Reads and upgrades the file; only a failure to read it at all is thrown (`io-failure`). */
export async function readSettingsFile(file: string): Promise<StoredSettings> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if (isErrorCode(error, 'ENOENT')) return { state: 'missing' };
    throw new AppError('io-failure', 'Alianza could not read its settings file.', { file, cause: error });
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { state: 'damaged' };
  }
  const newer = newerVersionOf(settingsVersioning, raw);
  if (newer !== undefined) {
    const refusal = newerDocument(settingsVersioning, newer, { file });
    return {
      state: 'newer',
      refusal: new AppError(
        refusal.code,
        `${refusal.message} Until then Alianza uses its default settings and does not save a change to them.`,
        { file },
      ),
    };
  }
  try {
    const {
      version: _version,
      allianceThresholds: storedThresholds,
      ...preferences
    } = upgradeDocument(settingsVersioning, raw) as Record<string, unknown>;
    const settings = settingsSchema.parse({ ...defaultSettings, ...preferences });
    const version = (raw as { version?: unknown }).version;
    return {
      state: 'read',
      settings,
      ...(storedThresholds === undefined
        ? {}
        : { allianceThresholds: warningThresholdsSchema.parse(storedThresholds) }),
      version: typeof version === 'number' ? version : 1,
      text,
    };
  } catch {
    return { state: 'damaged' };
  }
}

/** Writes the settings with this version's format version. */
export function writeSettingsFile(file: string, { settings, allianceThresholds }: SettingsDocument): Promise<void> {
  const document = {
    version: settingsVersion,
    ...settings,
    ...(allianceThresholds === undefined ? {} : { allianceThresholds }),
  };
  return writeFileDurably(file, `${JSON.stringify(document, null, 2)}\n`);
}

/** Where the text of an older version is kept when the file is first written in this version's format. */
export function olderSettingsPath(file: string, version: number): string {
  return `${file}.v${version}`;
}

/** Keeps the text of an older settings file beside it, before it is replaced by the upgraded form. */
export function keepOlderSettings(file: string, stored: { version: number; text: string }): Promise<void> {
  return writeFileDurably(olderSettingsPath(file, stored.version), stored.text);
}
