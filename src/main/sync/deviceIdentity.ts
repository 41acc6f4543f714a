/**
 * This installation's device id: 128 random bits, made once and kept in the app's data folder
 * (`device.json`, beside `journal-marks.json`), never in a vault. Every revision a device writes
 * carries it, and it names the device's own folder in a synced vault (docs/sync.md); a vault
 * copied to another machine must not carry its writer's identity along.
 *
 * The file appears whole or not at all: it is written to a temp file, flushed, then linked into
 * place, so of two processes making it at once one wins and both use the winner's id. A damaged
 * file is kept aside and a new id made: a new id is always safe (the device simply writes a new
 * folder, and what it wrote under the old one is still merged); one from a newer Alianza is
 * refused and left as it is.
 */
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { z } from 'zod';
import { newerDocument, newerVersionOf } from '../../shared/storage/documentVersion';
import { isErrorCode, syncDirectory, temporaryFileFor, toStorageError, writeTemporary } from '../vault/durableFile';
import { moveAside } from '../vault/fileStore';
import { nodeVaultFileSystem, type VaultFileSystem } from '../vault/vaultFileSystem';

export const deviceIdentityFileName = 'device.json';

const deviceIdentityVersion = 1;
const versioning = { subject: "This device's identity (device.json)", current: deviceIdentityVersion };

/** 32 lowercase hex digits: safe as a folder name on every system, and in every file id. */
export const deviceIdSchema = z.string().regex(/^[0-9a-f]{32}$/, { error: 'expected a device id: 32 hex digits' });

const deviceIdentitySchema = z.strictObject({
  version: z.literal(deviceIdentityVersion),
  deviceId: deviceIdSchema,
  createdAt: z.iso.datetime(),
});

export interface DeviceIdentity {
  deviceId: string;
  createdAt: string;
}

export interface DeviceIdentityOptions {
  fileSystem?: VaultFileSystem;
  clock?: () => Date;
}

/** The device's identity, made the first time it is asked for in `directory` (the app's data folder). */
export async function deviceIdentityOf(
  directory: string,
  options: DeviceIdentityOptions = {},
): Promise<DeviceIdentity> {
  const fileSystem = options.fileSystem ?? nodeVaultFileSystem;
  const clock = options.clock ?? (() => new Date());
  const file = path.join(directory, deviceIdentityFileName);
  // Twice at most: a damaged file is moved aside once, and the second pass makes a new one.
  for (let attempt = 0; attempt < 2; attempt++) {
    const found = await readIdentity(fileSystem, file);
    if (found === 'damaged') {
      await moveAside(fileSystem, file, clock());
      continue;
    }
    if (found !== undefined) return found;
    const made = await makeIdentity(fileSystem, directory, file, clock());
    if (made !== undefined) return made;
    // Another process made it first: use theirs.
    const theirs = await readIdentity(fileSystem, file);
    if (theirs !== undefined && theirs !== 'damaged') return theirs;
  }
  throw toStorageError(new Error('The device identity could not be made.'), file);
}

async function readIdentity(
  fileSystem: VaultFileSystem,
  file: string,
): Promise<DeviceIdentity | 'damaged' | undefined> {
  let text: string;
  try {
    text = await fileSystem.readFile(file, 'utf8');
  } catch (error) {
    if (isErrorCode(error, 'ENOENT')) return undefined;
    throw toStorageError(error, file);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return 'damaged';
  }
  const newer = newerVersionOf(versioning, data);
  if (newer !== undefined) throw newerDocument(versioning, newer, { file });
  const parsed = deviceIdentitySchema.safeParse(data);
  if (!parsed.success) return 'damaged';
  return { deviceId: parsed.data.deviceId, createdAt: parsed.data.createdAt };
}

/** Writes a new identity whole, or returns undefined when another process's is already in place. */
async function makeIdentity(
  fileSystem: VaultFileSystem,
  directory: string,
  file: string,
  now: Date,
): Promise<DeviceIdentity | undefined> {
  const identity: DeviceIdentity = { deviceId: randomBytes(16).toString('hex'), createdAt: now.toISOString() };
  const text = `${JSON.stringify({ version: deviceIdentityVersion, ...identity }, null, 2)}\n`;
  const temporary = temporaryFileFor(file);
  try {
    await fileSystem.mkdir(directory, { recursive: true, mode: 0o700 });
    await writeTemporary(temporary, text, fileSystem);
    // Unlike a rename, a link never replaces: an id someone already uses stays.
    await fileSystem.link(temporary, file);
  } catch (error) {
    if (isErrorCode(error, 'EEXIST')) return undefined;
    throw toStorageError(error, file);
  } finally {
    await fileSystem.rm(temporary, { force: true }).catch(() => undefined);
  }
  await syncDirectory(directory, fileSystem).catch((error: unknown) => {
    throw toStorageError(error, file);
  });
  return identity;
}
