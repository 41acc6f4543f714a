/** Saving one preference at once (the pickers in Settings): the call, its error, and "Saved." after it. */
import { useState } from 'react';
import type { AppErrorShape } from '../../../shared/ipc/result';
import type { Settings, SettingsPatch } from '../../../shared/settings/settings';
import { getApi } from '../api/client';

export function useSettingsUpdate(onSettingsChange: (settings: Settings) => void) {
  const [error, setError] = useState<AppErrorShape | undefined>();
  const [saved, setSaved] = useState(false);

  async function save(patch: SettingsPatch): Promise<void> {
    setSaved(false);
    const result = await getApi().updateSettings(patch);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setError(undefined);
    onSettingsChange(result.value);
    setSaved(true);
  }

  return { save, error, saved };
}
