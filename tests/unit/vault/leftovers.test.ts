import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { removeLeftovers } from '../../../src/main/vault/leftovers';
import { nodeVaultFileSystem } from '../../../src/main/vault/vaultFileSystem';
import { hostLockName } from '../../../src/main/vault/vaultLayout';
import { removeFolder, temporaryFolder } from './fixtures';

let directory: string;
beforeEach(async () => {
  directory = await temporaryFolder('alianza-leftovers-');
});
afterEach(async () => {
  await removeFolder(directory);
});

describe('the leftovers of a killed process', () => {
  it('include a lock moved aside, in the old place and this machine’s own in a shared vault, but not another machine’s', async () => {
    const locks = path.join(directory, 'locks');
    await mkdir(locks);
    const own = hostLockName(hostname());
    const theirs = hostLockName(`${hostname()}-laptop`);
    await writeFile(path.join(directory, 'vault.lock.stale-0123456789ab'), '{}');
    await writeFile(path.join(locks, `${own}.stale-0123456789ab`), '{}');
    await writeFile(path.join(locks, `${theirs}.stale-0123456789ab`), '{}');
    await writeFile(path.join(locks, theirs), '{}');
    await writeFile(path.join(locks, own), '{}');
    await removeLeftovers(nodeVaultFileSystem, directory);
    expect(await readdir(directory)).toEqual(['locks']);
    expect((await readdir(locks)).sort()).toEqual([own, theirs, `${theirs}.stale-0123456789ab`].sort());
  });
});
