/**
 * The names folder-sync engines give the copies they keep when one file changed on two devices, so
 * a reader can merge a copy into the file it stands for. Vault file names are ids made of
 * `[A-Za-z0-9_-]` plus `.alz` (see vaultLayout), so the Syncthing, Nextcloud and Dropbox markers
 * (which add a dot, a space or a parenthesis) can never be part of an id; the OneDrive and old
 * ownCloud markers can, so those are only believed when the original sits beside the copy.
 *
 * Each parser takes a base name (no folder) and removes the outermost marker only: a copy of a
 * copy yields another copy's name, which the caller parses again.
 */

export type SyncEngine = 'syncthing' | 'nextcloud' | 'dropbox' | 'onedrive';

export interface ConflictCopy {
  /** The name of the file this copy stands for, in the same folder. */
  original: string;
  engine: SyncEngine;
  /**
   * Syncthing's short device id, the Nextcloud user, the Dropbox user or device, the OneDrive computer.
   * Not always the copy's author: Syncthing names the copy after the device whose newer change
   * displaced it (see parseSyncthing), so who wrote what comes from the content, not from here.
   */
  device?: string;
  /** `YYYY-MM-DDTHH:MM:SS` or `YYYY-MM-DD`, in the clock of the device that made the copy (no zone). */
  when?: string;
}

/**
 * The conflict copy `fileName` is, or undefined. `folderNames` (the other names in the same folder)
 * lets the ambiguous rules (OneDrive's, old ownCloud's) be believed when the original exists.
 */
export function parseConflictCopy(fileName: string, folderNames?: Iterable<string>): ConflictCopy | undefined {
  const unambiguous = parseSyncthing(fileName) ?? parseNextcloud(fileName) ?? parseDropbox(fileName);
  if (unambiguous !== undefined || folderNames === undefined) return unambiguous;
  const names = folderNames instanceof Set ? (folderNames as ReadonlySet<string>) : new Set(folderNames);
  return parseLegacyOwncloud(fileName, names) ?? parseOneDrive(fileName, names);
}

/**
 * The extension as the engines split it: from the last dot, unless that dot starts the name (a
 * hidden file has no extension for Nextcloud; Go's filepath.Ext would call it all extension, but a
 * vault never holds such names).
 */
const extension = '((?:\\.[^./]*)?)';

/**
 * Syncthing, lib/model/folder_sendrecv.go:
 * `name[:len(name)-len(ext)] + time.Now().Format(".sync-conflict-20060102-150405-") + lastModBy + ext`
 * with `ext := filepath.Ext(name)`. The puller moves its own (losing) file aside with
 * `moveForConflict(name, file.ModifiedBy.String(), …)`, `file` being the incoming winner, so the
 * 7-character base32 short id is the winning device's and the bytes are the loser's (seen on 1.19.2
 * in tests/integration/sync/syncthing.test.ts). The time is the local clock of the device renaming.
 */
const syncthingPattern = new RegExp(`^(.*)\\.sync-conflict-(\\d{8})-(\\d{6})-([A-Z2-7]{7})${extension}$`);

function parseSyncthing(fileName: string): ConflictCopy | undefined {
  const match = syncthingPattern.exec(fileName);
  if (match === null) return undefined;
  const [, stem = '', date = '', time = '', device = '', ext = ''] = match;
  // Without an extension the original had no dot either, or its own extension would follow the marker.
  if (ext === '' && stem.includes('.')) return undefined;
  if (stem === '' && ext === '') return undefined;
  const when = dateTime(date.slice(0, 4), date.slice(4, 6), date.slice(6, 8), time);
  return when === undefined ? undefined : { original: stem + ext, engine: 'syncthing', device, when };
}

/**
 * Nextcloud desktop client, src/common/utility.cpp `makeConflictFileName`: inserts
 * ` (conflicted copy ` + optional user (parentheses replaced by `_`) + ` ` + `yyyy-MM-dd hhmmss` + `)`
 * before the last dot (at the end when there is none). The same client reads the older
 * `_conflict-yyyyMMdd-hhmmss` tag (`conflictFileBaseNameFromPattern`), handled below.
 */
const nextcloudPattern = new RegExp(
  `^(.+) \\(conflicted copy (?:([^()/]+) )?(\\d{4})-(\\d{2})-(\\d{2}) (\\d{6})\\)${extension}$`,
);

function parseNextcloud(fileName: string): ConflictCopy | undefined {
  const match = nextcloudPattern.exec(fileName);
  if (match === null) return undefined;
  const [, stem = '', user, year = '', month = '', day = '', time = '', ext = ''] = match;
  const when = dateTime(year, month, day, time);
  if (when === undefined) return undefined;
  return { original: stem + ext, engine: 'nextcloud', ...(user === undefined ? {} : { device: user }), when };
}

/** ownCloud before 2.5: `name_conflict-yyyyMMdd-hhmmss.ext`; an id may look like that, so the original must exist. */
const legacyOwncloudPattern = new RegExp(`^(.+)_conflict-(\\d{8})-(\\d{6})${extension}$`);

function parseLegacyOwncloud(fileName: string, names: ReadonlySet<string>): ConflictCopy | undefined {
  const match = legacyOwncloudPattern.exec(fileName);
  if (match === null) return undefined;
  const [, stem = '', date = '', time = '', ext = ''] = match;
  const when = dateTime(date.slice(0, 4), date.slice(4, 6), date.slice(6, 8), time);
  const original = stem + ext;
  return when !== undefined && names.has(original) ? { original, engine: 'nextcloud', when } : undefined;
}

/**
 * Dropbox help, "What's a conflicted copy?": the editor's name, "conflicted copy" and the save date are
 * added to the file name, e.g. `foo (Miguel Mota's conflicted copy 2014-06-17).txt`; a second copy the
 * same day carries a counter (`… 2014-06-17 (1))`). Localized clients may use other words; only the
 * English form is documented, so only it is recognised.
 */
const dropboxPattern = new RegExp(
  `^(.+) \\((?:(.+?)['’]s )?conflicted copy (\\d{4})-(\\d{2})-(\\d{2})(?: \\(\\d{1,4}\\))?\\)${extension}$`,
);

function parseDropbox(fileName: string): ConflictCopy | undefined {
  const match = dropboxPattern.exec(fileName);
  if (match === null) return undefined;
  const [, stem = '', device, year = '', month = '', day = '', ext = ''] = match;
  if (dateTime(year, month, day, '000000') === undefined) return undefined;
  const when = `${year}-${month}-${day}`;
  return { original: stem + ext, engine: 'dropbox', ...(device === undefined ? {} : { device }), when };
}

/**
 * OneDrive keeps both versions by adding the computer's name: `name-DEVICENAME.ext`. A Windows
 * computer name is 1 to 15 letters, digits and hyphens, not all digits, and neither starts nor ends
 * with a hyphen. A UUID id looks the same, so the copy is believed only when `name.ext` is beside it;
 * when several splits fit, the longest existing original wins (a device name may hold hyphens).
 */
const windowsComputerName = /^(?=.*[A-Za-z])[A-Za-z0-9](?:[A-Za-z0-9-]{0,13}[A-Za-z0-9])?$/;

function parseOneDrive(fileName: string, names: ReadonlySet<string>): ConflictCopy | undefined {
  const dot = fileName.lastIndexOf('.');
  const [stemAndDevice, ext] = dot > 0 ? [fileName.slice(0, dot), fileName.slice(dot)] : [fileName, ''];
  for (let hyphen = stemAndDevice.lastIndexOf('-'); hyphen > 0; hyphen = stemAndDevice.lastIndexOf('-', hyphen - 1)) {
    const device = stemAndDevice.slice(hyphen + 1);
    if (device.length > 15) break;
    const original = stemAndDevice.slice(0, hyphen) + ext;
    if (windowsComputerName.test(device) && names.has(original) && original !== fileName) {
      return { original, engine: 'onedrive', device };
    }
  }
  return undefined;
}

/** `YYYY-MM-DDTHH:MM:SS` when the parts name a real calendar date and time of day, else undefined. */
function dateTime(year: string, month: string, day: string, hhmmss: string): string | undefined {
  const [hours, minutes, seconds] = [hhmmss.slice(0, 2), hhmmss.slice(2, 4), hhmmss.slice(4, 6)];
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day), Number(hours), Number(minutes)));
  const valid =
    Number(year) >= 1970 &&
    date.getUTCFullYear() === Number(year) &&
    date.getUTCMonth() === Number(month) - 1 &&
    date.getUTCDate() === Number(day) &&
    date.getUTCHours() === Number(hours) &&
    date.getUTCMinutes() === Number(minutes) &&
    Number(seconds) <= 59;
  return valid ? `${year}-${month}-${day}T${hours}:${minutes}:${seconds}` : undefined;
}
