/**
 * Preferences in `settings.json` in the data folder: small, plain, never secret. The file carries
 * its format version (settingsMigrations/); an older one is read upgraded and written in this
 * version's format at the next change, its text kept beside it (`settings.json.v1`).
 */
import path from 'node:path';
import { settingsSchema, type Settings, type SettingsPatch, defaultSettings } from '../../shared/settings/settings';
import { keepOlderSettings, readSettingsFile, writeSettingsFile, type StoredSettings } from './settingsFile';
import { settingsVersion } from './settingsMigrations';

export interface SettingsStore {
  get(): Promise<Settings>;
  /**
   * Saves a change. Refused (`unsupported-format`, naming the file) while `settings.json` is from
   * a newer version of Alianza: that file is never written over.
   */
  update(patch: SettingsPatch): Promise<Settings>;
}

export function createSettingsStore(dataDirectory: string): SettingsStore {
  const file = path.join(dataDirectory, 'settings.json');
  let cached: Settings | undefined;

  async function get(): Promise<Settings> {
    if (cached !== undefined) return cached;
    cached = settingsOf(await readSettingsFile(file));
    return cached;
  }

  async function update(patch: SettingsPatch): Promise<Settings> {
    const current = await get();
    // Read again: what is on disk now decides whether it may be replaced.
    const stored = await readSettingsFile(file);
    if (stored.state === 'newer') throw stored.refusal;
    const next = settingsSchema.parse({ ...current, ...patch });
    if (stored.state === 'read' && stored.version < settingsVersion) await keepOlderSettings(file, stored);
    await writeSettingsFile(file, next);
    cached = next;
    return next;
  }

  return { get, update };
}

/**
 * A missing file means first run. A file that does not parse, or one from a newer Alianza, gives
 * defaults in memory only: a preference is not worth blocking the app for. A damaged file stays
 * untouched until the user changes a setting; a newer one stays untouched, always.
 */
function settingsOf(stored: StoredSettings): Settings {
  return stored.state === 'read' ? stored.settings : defaultSettings;
}
