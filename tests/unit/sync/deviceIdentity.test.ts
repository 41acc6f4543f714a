import { readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deviceIdentityFileName, deviceIdentityOf } from '../../../src/main/sync/deviceIdentity';
import { createHighWaterMarks, highWaterMarksFileName } from '../../../src/main/vault/highWaterMarks';
import { rejection, removeFolder, temporaryFolder } from '../vault/fixtures';

let directory: string;
beforeEach(async () => {
  directory = await temporaryFolder('alianza-device-');
});
afterEach(async () => {
  await removeFolder(directory);
});

describe('the device identity', () => {
  it('is made once in the app data folder, beside the rollback marks, and read back the same', async () => {
    const first = await deviceIdentityOf(directory, { clock: () => new Date('2026-03-01T10:00:00.000Z') });
    expect(first.deviceId).toMatch(/^[0-9a-f]{32}$/);
    expect(first.createdAt).toBe('2026-03-01T10:00:00.000Z');
    const second = await deviceIdentityOf(directory);
    expect(second).toEqual(first);
    const stored = JSON.parse(await readFile(path.join(directory, deviceIdentityFileName), 'utf8')) as unknown;
    expect(stored).toEqual({ version: 1, ...first });
    // Nothing else left behind (no temp file).
    expect(await readdir(directory)).toEqual([deviceIdentityFileName]);
  });

  it('lives beside the rollback marks without touching them', async () => {
    const marks = createHighWaterMarks(directory);
    await marks.raise('vault-1', { generation: 3, length: 120 });
    const identity = await deviceIdentityOf(directory);
    expect((await readdir(directory)).sort()).toEqual([deviceIdentityFileName, highWaterMarksFileName].sort());
    expect(await marks.of('vault-1')).toEqual({ generation: 3, length: 120 });
    expect((await deviceIdentityOf(directory)).deviceId).toBe(identity.deviceId);
  });

  it('differs between two installations', async () => {
    const other = await temporaryFolder('alianza-device-');
    try {
      expect((await deviceIdentityOf(other)).deviceId).not.toBe((await deviceIdentityOf(directory)).deviceId);
    } finally {
      await removeFolder(other);
    }
  });

  it('gives every one of many simultaneous first callers the same id', async () => {
    const identities = await Promise.all(Array.from({ length: 8 }, () => deviceIdentityOf(directory)));
    expect(new Set(identities.map((identity) => identity.deviceId)).size).toBe(1);
    expect(await readdir(directory)).toEqual([deviceIdentityFileName]);
  });

  it('makes the data folder when it does not exist yet', async () => {
    const nested = path.join(directory, 'Alianza');
    const identity = await deviceIdentityOf(nested);
    expect((await deviceIdentityOf(nested)).deviceId).toBe(identity.deviceId);
  });

  it('keeps a damaged file aside and makes a new id', async () => {
    const file = path.join(directory, deviceIdentityFileName);
    await writeFile(file, '{"version":1,"deviceId":"not hex"');
    const identity = await deviceIdentityOf(directory);
    expect(identity.deviceId).toMatch(/^[0-9a-f]{32}$/);
    const names = await readdir(directory);
    expect(names).toHaveLength(2);
    const aside = names.find((name) => name.startsWith(`${deviceIdentityFileName}.damaged-`));
    expect(aside).toBeDefined();
    expect(await readFile(path.join(directory, aside ?? ''), 'utf8')).toBe('{"version":1,"deviceId":"not hex"');
  });

  it('refuses an identity written by a newer Alianza and leaves it as it is', async () => {
    const file = path.join(directory, deviceIdentityFileName);
    const newer = JSON.stringify({ version: 2, deviceId: 'a'.repeat(32), createdAt: '2026-01-01T00:00:00.000Z' });
    await writeFile(file, newer);
    const error = await rejection(deviceIdentityOf(directory));
    expect(error.code).toBe('unsupported-format');
    expect(error.message).toContain('newer version');
    expect(await readFile(file, 'utf8')).toBe(newer);
  });
});
