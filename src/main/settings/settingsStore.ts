/** Preferences in `settings.json` in the data folder: small, plain, never secret. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { defaultSettings, settingsSchema, type Settings, type SettingsPatch } from '../../shared/settings/settings';
import { AppError } from '../../shared/ipc/result';
import { isErrorCode, writeFileDurably } from '../vault/durableFile';

export interface SettingsStore {
  get(): Promise<Settings>;
  update(patch: SettingsPatch): Promise<Settings>;
}

export function createSettingsStore(dataDirectory: string): SettingsStore {
  const file = path.join(dataDirectory, 'settings.json');
  let cached: Settings | undefined;

  async function get(): Promise<Settings> {
    if (cached !== undefined) return cached;
    cached = await load(file);
    return cached;
  }

  async function update(patch: SettingsPatch): Promise<Settings> {
    const next = settingsSchema.parse({ ...(await get()), ...patch });
    await writeFileDurably(file, `${JSON.stringify(next, null, 2)}\n`);
    cached = next;
    return next;
  }

  return { get, update };
}

/**
 * A missing file means first run. A file that does not parse is reported, and we fall back to
 * defaults in memory only: a preference is not worth blocking the app for, and the file stays
 * untouched until the user changes a setting.
 */
async function load(file: string): Promise<Settings> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if (isErrorCode(error, 'ENOENT')) return defaultSettings;
    throw new AppError('io-failure', 'Alianza could not read its settings file.', { file, cause: error });
  }
  try {
    return settingsSchema.parse({ ...defaultSettings, ...(JSON.parse(text) as object) });
  } catch {
    return defaultSettings;
  }
}
