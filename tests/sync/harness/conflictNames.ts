/**
 * The engines' naming rules written forwards (the source each follows is cited in
 * src/main/sync/conflictCopies.ts), so tests can make the names an engine would make.
 */
import type { SyncEngine } from '../../../src/main/sync/conflictCopies';

export interface CopyNaming {
  /** Syncthing short id (of the winning device), Nextcloud user, Dropbox user, OneDrive computer name. */
  device: string;
  /** When the copy was made, read in UTC. */
  at: Date;
}

const pad = (value: number, width = 2): string => String(value).padStart(width, '0');

/** Splits at the last dot that does not start the name. */
function splitExtension(fileName: string): [string, string] {
  const dot = fileName.lastIndexOf('.');
  return dot > 0 ? [fileName.slice(0, dot), fileName.slice(dot)] : [fileName, ''];
}

/** The name `engine` gives the copy it keeps of `fileName`. */
export function conflictCopyName(engine: SyncEngine, fileName: string, naming: CopyNaming): string {
  const [stem, ext] = splitExtension(fileName);
  const { at, device } = naming;
  const date = `${at.getUTCFullYear()}-${pad(at.getUTCMonth() + 1)}-${pad(at.getUTCDate())}`;
  const time = `${pad(at.getUTCHours())}${pad(at.getUTCMinutes())}${pad(at.getUTCSeconds())}`;
  switch (engine) {
    case 'syncthing':
      return `${stem}.sync-conflict-${date.replaceAll('-', '')}-${time}-${device}${ext}`;
    case 'nextcloud':
      return `${stem} (conflicted copy ${device === '' ? '' : `${device} `}${date} ${time})${ext}`;
    case 'dropbox':
      return `${stem} (${device === '' ? '' : `${device}'s `}conflicted copy ${date})${ext}`;
    case 'onedrive':
      return `${stem}-${device}${ext}`;
  }
}
