import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createVault } from '../../../src/main/vault/createVault';
import { verifyVault } from '../../../src/main/vault/verifyVault';
import type { VaultSession } from '../../../src/main/vault/vaultSession';
import { removeFolder, temporaryFolder } from '../../unit/vault/fixtures';

let directory: string;
let session: VaultSession;

beforeAll(async () => {
  directory = await temporaryFolder('alianza-verify-');
  ({ session } = await createVault({ directory, passphrase: 'verificar todo el diario' }));
  await session.writeFile('index', { cases: ['c1', 'c2'] });
  for (let version = 1; version <= 3; version++) {
    await session.writeFile('case:c1', { title: 'uno', version });
    await session.writeFile('case:c2', { title: 'dos', version });
  }
  await session.writeFile('draft:d1', { text: 'borrador' });
});
afterAll(async () => {
  await session.lock();
  await removeFolder(directory);
});

async function flipByte(relativePath: string): Promise<void> {
  const file = path.join(directory, relativePath);
  const bytes = await readFile(file);
  bytes[bytes.length - 1] = (bytes.at(-1) ?? 0) ^ 1;
  await writeFile(file, bytes);
}

describe('verifyVault', () => {
  it('checks every current file and backup of a healthy vault', async () => {
    const report = await verifyVault(session);
    // index and its backup, c1 and c2 with two backups each, d1.
    expect(report).toEqual({ checked: 9, problems: [] });
  });

  it('reports each bad file by path without stopping or changing anything', async () => {
    await flipByte('cases/c2.alz');
    await flipByte('backups/case.c1/1.alz');
    await writeFile(
      path.join(directory, 'backups', 'case.c1', '2.alz'),
      await readFile(path.join(directory, 'cases', 'c1.alz')),
    );
    await writeFile(path.join(directory, 'cases', 'stray name.alz'), 'not ours');
    const report = await verifyVault(session, {
      schemaFor: (fileId) => (fileId === 'draft:d1' ? z.strictObject({ text: z.number() }) : undefined),
    });
    expect(report.checked).toBe(9);
    expect(report.problems.map(({ path: where, kind, code }) => ({ where, kind, code }))).toEqual([
      { where: 'cases/c2.alz', kind: 'current', code: 'integrity' },
      { where: 'cases/stray name.alz', kind: 'unknown', code: 'unsupported-format' },
      { where: 'drafts/d1.alz', kind: 'current', code: 'unsupported-format' },
      { where: 'backups/case.c1/1.alz', kind: 'backup', code: 'integrity' },
      { where: 'backups/case.c1/2.alz', kind: 'backup', code: 'integrity' },
    ]);
    expect((await session.readFile('case:c1')).data).toEqual({ title: 'uno', version: 3 });
  });
});
