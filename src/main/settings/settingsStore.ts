/**
 * Preferences in `settings.json` in the data folder: small, plain, never secret. The file carries
 * its format version (settingsMigrations/); an older one is read upgraded and written in this
 * version's format at the next change, its text kept beside it (`settings.json.v1`). Besides the
 * preferences it holds the rupture-warning thresholds, once the practitioner sets their own.
 */
import path from 'node:path';
import {
  defaultWarningThresholds,
  warningThresholdsSchema,
  type WarningThresholds,
} from '../../shared/alliance/thresholds';
import { settingsSchema, type Settings, type SettingsPatch, defaultSettings } from '../../shared/settings/settings';
import {
  keepOlderSettings,
  readSettingsFile,
  writeSettingsFile,
  type SettingsDocument,
  type StoredSettings,
} from './settingsFile';
import { settingsVersion } from './settingsMigrations';

export interface SettingsStore {
  get(): Promise<Settings>;
  /**
   * Saves a change. Refused (`unsupported-format`, naming the file) while `settings.json` is from
   * a newer version of Alianza: that file is never written over.
   */
  update(patch: SettingsPatch): Promise<Settings>;
  /** The practitioner's thresholds, or the defaults when they set none. */
  getAllianceThresholds(): Promise<WarningThresholds>;
  /** Replaces the thresholds whole (a field left out takes its default); refused as `update` is. */
  setAllianceThresholds(thresholds: WarningThresholds): Promise<WarningThresholds>;
}

export function createSettingsStore(dataDirectory: string): SettingsStore {
  const file = path.join(dataDirectory, 'settings.json');
  let cached: SettingsDocument | undefined;

  async function read(): Promise<SettingsDocument> {
    if (cached !== undefined) return cached;
    cached = documentOf(await readSettingsFile(file));
    return cached;
  }

  async function save(change: (current: SettingsDocument) => SettingsDocument): Promise<SettingsDocument> {
    const current = await read();
    // Read again: what is on disk now decides whether it may be replaced.
    const stored = await readSettingsFile(file);
    if (stored.state === 'newer') throw stored.refusal;
    const next = change(current);
    if (stored.state === 'read' && stored.version < settingsVersion) await keepOlderSettings(file, stored);
    await writeSettingsFile(file, next);
    cached = next;
    return next;
  }

  return {
    get: async () => (await read()).settings,
    update: async (patch) =>
      (await save((current) => ({ ...current, settings: settingsSchema.parse({ ...current.settings, ...patch }) })))
        .settings,
    getAllianceThresholds: async () => (await read()).allianceThresholds ?? defaultWarningThresholds,
    setAllianceThresholds: async (thresholds) => {
      const allianceThresholds = warningThresholdsSchema.parse(thresholds);
      await save((current) => ({ ...current, allianceThresholds }));
      return allianceThresholds;
    },
  };
}

/**
 * A missing file means first run. A file that does not parse, or one from a newer Alianza, gives
 * defaults in memory only: a preference is not worth blocking the app for. A damaged file stays
 * untouched until the user changes a setting; a newer one stays untouched, always.
 */
function documentOf(stored: StoredSettings): SettingsDocument {
  if (stored.state !== 'read') return { settings: defaultSettings };
  return { settings: stored.settings, allianceThresholds: stored.allianceThresholds };
}
