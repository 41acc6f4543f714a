/**
 * Files a sync engine (or an editor) puts in a synced folder that are not the vault's: half-received
 * files under a temporary name, and the engine's own bookkeeping. A reader skips them and looks
 * again later; a half-received file is never evidence of tampering, because its bytes are not all
 * there yet. Once complete, the engine renames it to its final name.
 */
import type { SyncEngine } from './conflictCopies';

export interface EngineFile {
  kind: 'temporary' | 'metadata';
  /** Who makes it; `other` for generic partial-download and lock names several programs use. */
  engine: SyncEngine | 'other';
  /** For a temporary file, the final name it will be renamed to, when its name says so. */
  target?: string;
}

/**
 * Classifies one path relative to the synced folder (`/` separators), or undefined for a file that
 * belongs to neither an engine nor an editor.
 */
export function classifyEngineFile(relativePath: string): EngineFile | undefined {
  const parts = relativePath.split('/');
  const name = parts[parts.length - 1] ?? '';
  if (parts.slice(0, -1).some((folder) => metadataFolders.has(folder))) return metadataIn(parts);
  return temporary(name) ?? metadataName(name);
}

/** True for a file the vault must leave alone and retry later (a name an engine is still filling in). */
export function isHalfSynced(relativePath: string): boolean {
  return classifyEngineFile(relativePath)?.kind === 'temporary';
}

function temporary(name: string): EngineFile | undefined {
  for (const [pattern, engine] of temporaryPatterns) {
    const match = pattern.exec(name);
    if (match !== null) {
      const target = match[1];
      return { kind: 'temporary', engine, ...(target === undefined ? {} : { target }) };
    }
  }
  return undefined;
}

/**
 * - Syncthing, lib/model/tempname.go: `.syncthing.` + name + `.tmp` (`~syncthing~` on Windows); names
 *   longer than 173 characters become their MD5 in hex, so the target is not always recoverable.
 * - Nextcloud/ownCloud desktop client, propagatedownload.cpp `createDownloadTmpFileName`:
 *   `.` + name + `.~` + up to 8 hex digits.
 * - OneDrive and others write `*.tmp`; browsers, rclone and Nextcloud's server write `*.part` or
 *   `*.partial`; LibreOffice keeps `.~lock.NAME#` beside an open file.
 */
const temporaryPatterns: ReadonlyArray<readonly [RegExp, EngineFile['engine']]> = [
  [/^\.syncthing\.(.+)\.tmp$/, 'syncthing'],
  [/^~syncthing~(.+)\.tmp$/, 'syncthing'],
  [/^\.(.+)\.~[0-9a-f]{1,8}$/, 'nextcloud'],
  [/^\.~lock\.(.+)#$/, 'other'],
  [/\.tmp$/i, 'other'],
  [/\.part$/i, 'other'],
  [/\.partial$/i, 'other'],
];

/**
 * Bookkeeping the engines keep inside the folder: Syncthing's `.stfolder` marker, `.stignore` and
 * `.stversions`; Dropbox's `.dropbox`, `.dropbox.attr` and its `.dropbox.cache` download area;
 * Nextcloud's `.sync_*.db` journal (older clients `._sync_*.db`) and `.owncloudsync.log`.
 */
const metadataFolders = new Map<string, SyncEngine>([
  ['.stfolder', 'syncthing'],
  ['.stversions', 'syncthing'],
  ['.dropbox.cache', 'dropbox'],
]);

const metadataNames: ReadonlyArray<readonly [RegExp, SyncEngine]> = [
  [/^\.st(folder|ignore|versions)$/, 'syncthing'],
  [/^\.dropbox(\.attr|\.cache)?$/, 'dropbox'],
  [/^\._?sync_[0-9a-f]+\.db(-wal|-shm)?$/, 'nextcloud'],
  [/^\.owncloudsync\.log$/, 'nextcloud'],
];

function metadataIn(parts: readonly string[]): EngineFile {
  const folder = parts.find((part) => metadataFolders.has(part)) ?? '';
  // A download under `.dropbox.cache` is a half-received file as much as it is Dropbox's.
  const kind = folder === '.dropbox.cache' ? 'temporary' : 'metadata';
  return { kind, engine: metadataFolders.get(folder) ?? 'syncthing' };
}

function metadataName(name: string): EngineFile | undefined {
  const found = metadataNames.find(([pattern]) => pattern.test(name));
  return found === undefined ? undefined : { kind: 'metadata', engine: found[1] };
}
