/**
 * Attacks on availability and on what is left lying around: a full disk at unlock, an import and
 * a restore killed half-way, and folders other users could list.
 */
import { chmod, mkdir, readdir, readFile, stat, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createVaultAccess, type VaultAccess } from '../../../src/main/access/vaultAccess';
import { backupVault, restoreVault } from '../../../src/main/backup/archive';
import { verifyJournal } from '../../../src/main/journal/journalCheck';
import { createJournalService } from '../../../src/main/journal/journalService';
import { createJournalStore } from '../../../src/main/journal/journalStore';
import { addCasesWithReports } from '../../../src/main/reports/reportImport';
import { openVault } from '../../../src/main/vault/openVault';
import { nodeVaultFileSystem, type VaultFileSystem } from '../../../src/main/vault/vaultFileSystem';
import {
  fromInterchange,
  parseInterchangeText,
  reportsFromInterchange,
  toInterchange,
} from '../../../src/shared/domain';
import { alianza } from '../../support/cli';
import { createCaseRequest } from '../../unit/journal/journalFixtures';
import { allFiles, exists, rejection, removeFolder, systemError, temporaryFolder } from '../../unit/vault/fixtures';

const passphrase = 'disponibilidad de la bitácora';
let root: string;
let directory: string;
beforeEach(async () => {
  root = await temporaryFolder('alianza-availability-');
  directory = path.join(root, 'vault');
});
afterEach(async () => {
  await removeFolder(root);
});

async function interchangeCases() {
  const parsed = parseInterchangeText(
    await readFile(path.resolve(import.meta.dirname, '../../fixtures/interchange-full.json'), 'utf8'),
  );
  if (!parsed.ok) throw new Error('fixture');
  const cases = fromInterchange(parsed.value, {
    now: () => '2025-03-14T10:00:00.000Z',
    newId: () => crypto.randomUUID(),
  });
  return { cases, reports: reportsFromInterchange(parsed.value.cases, cases) };
}

/** Every file under the vault with its bytes, but the lock. */
async function snapshot(): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const file of await allFiles(directory)) {
    if (!file.endsWith('vault.lock')) files[path.relative(directory, file)] = (await readFile(file)).toString('base64');
  }
  return files;
}

describe('a full disk', () => {
  it('still unlocks, verifies and exports, read-only, and refuses every save saying why', async () => {
    const setup = createVaultAccess({ directory, holder: 'app' });
    await setup.create(passphrase);
    const journal = createJournalService({ session: () => setup.session(), now: () => new Date(2025, 2, 14) });
    const { id: caseId } = await journal.createCase(createCaseRequest('Familia R.'));
    await setup.lock();
    const before = await snapshot();

    // The disk fills up: vault.lock cannot be created, nor anything else.
    const full: VaultFileSystem = {
      ...nodeVaultFileSystem,
      open: (async (file: string, flags?: string, mode?: number) => {
        if (flags === 'wx') throw systemError('ENOSPC');
        return nodeVaultFileSystem.open(file, flags, mode);
      }) as VaultFileSystem['open'],
    };
    const access: VaultAccess = createVaultAccess({ directory, holder: 'app', fileSystem: full });
    const status = await access.unlock(passphrase);
    const service = createJournalService({ session: () => access.session(), now: () => new Date(2025, 2, 15) });
    const cases = await service.listCases();
    const verified = await verifyJournal(access.session());
    const exported = toInterchange(await createJournalStore(access.session()).readAllCases(), () => []);
    const refused = await rejection(service.updateCase({ caseId, alias: 'Familia S.' }));
    console.warn(
      `full disk: unlock ${status.state}${status.readOnly === true ? ' (read-only)' : ''}, ${cases.length} case listed, ` +
        `verify problems ${verified.problems.length}, export-json ${exported.cases.length} case; a save: ${refused.code}`,
    );
    expect(status).toEqual({ state: 'unlocked', directory, readOnly: true });
    expect(cases.map((each) => each.alias)).toEqual(['Familia R.']);
    expect(verified.problems).toEqual([]);
    expect(exported.cases).toHaveLength(1);
    expect(refused.code).toBe('read-only');
    expect(refused.message).toContain('read-only');
    expect(await snapshot()).toEqual(before);
    await access.lock();
    // Nobody held a lock: the next writer opens as usual.
    expect(await exists(path.join(directory, 'vault.lock'))).toBe(false);
  });

  it('still refuses to open beside a live writer, rather than read while it writes', async () => {
    const setup = createVaultAccess({ directory, holder: 'app' });
    await setup.create(passphrase);
    const error = await rejection(openVault({ directory, passphrase, holder: 'cli' }));
    expect(error.code).toBe('vault-in-use');
    await setup.lock();
  });
});

describe('an import killed before it was done', () => {
  it('leaves case and report files that the next unlock removes, and only those', async () => {
    const { cases, reports } = await interchangeCases();
    let session = await (
      await import('../../../src/main/vault/createVault')
    )
      .createVault({
        directory,
        passphrase,
        holder: 'cli',
        // The process dies while its last file is being renamed into place: nothing after it happens.
        fileSystem: {
          ...nodeVaultFileSystem,
          rename: async (from, to) => {
            await nodeVaultFileSystem.rename(from, to);
            if (String(to).endsWith(`${cases.at(-1)?.id ?? ''}.alz`)) await new Promise(() => undefined);
          },
        },
      })
      .then((created) => created.session);
    const kept = await createJournalService({ session: () => session, now: () => new Date() }).createCase(
      createCaseRequest('Caso previo'),
    );
    void addCasesWithReports(session, createJournalStore(session), cases, reports);
    await new Promise((resolve) => setTimeout(resolve, 500));
    // The killed process's lock is stale for the next opener; here the test removes it.
    await import('node:fs/promises').then(({ rm }) => rm(path.join(directory, 'vault.lock')));

    const left = async () => [
      ...(await readdir(path.join(directory, 'cases'))),
      ...(await readdir(path.join(directory, 'reports')).catch(() => [] as string[])),
    ];
    const before = await left();
    await new Promise((resolve) => setTimeout(resolve, 20));
    session = await openVault({ directory, passphrase, holder: 'app' });
    const verifiedBefore = await verifyJournal(session);
    await createJournalStore(session).listCases();
    const after = await left();
    const verifiedAfter = await verifyJournal(session);
    await session.lock();
    console.warn(
      `killed import: ${before.length - 1} files no index names before the next unlock ` +
        `(${verifiedBefore.problems.filter((problem) => problem.kind === 'orphaned').length} orphaned for verify), ` +
        `${after.length - 1} after; the case the index names stays: ${after.includes(`${kept.id}.alz`) ? 'yes' : 'no'}`,
    );
    expect(before.length).toBeGreaterThan(2);
    expect(after).toEqual([`${kept.id}.alz`]);
    expect(verifiedAfter.problems).toEqual([]);
  });
});

describe('a restore killed before it was done', () => {
  it('leaves a staging folder the next restore beside it removes, but not one still in use', async () => {
    const { session } = await (
      await import('../../../src/main/vault/createVault')
    ).createVault({ directory, passphrase });
    await session.lock();
    const archive = path.join(root, 'journal.alzb');
    await backupVault(directory, archive, () => new Date());
    const targets = path.join(root, 'targets');
    await mkdir(targets);
    const killed = path.join(targets, '.alianza-restore-Ab12Cd');
    await mkdir(path.join(killed, 'cases'), { recursive: true });
    await writeFile(path.join(killed, 'vault.json'), '{}');
    const old = new Date(Date.now() - 10 * 60_000);
    await utimes(killed, old, old);
    // One a restore running now holds (its lock names this live process, as the app's would).
    const running = path.join(targets, '.alianza-restore-Zz99Yy');
    await mkdir(running);
    await writeFile(
      path.join(running, 'vault.lock'),
      JSON.stringify({
        pid: process.pid,
        hostname: (await import('node:os')).hostname(),
        startedAt: new Date().toISOString(),
        holder: 'app',
      }),
    );
    await utimes(running, old, old);
    const staged = async () => (await readdir(targets)).filter((name) => name.startsWith('.alianza-restore-')).length;
    const before = await staged();
    await restoreVault(archive, path.join(targets, 'restored'));
    const names = (await readdir(targets)).sort();
    console.warn(
      `killed restore: staging folders beside the target before ${before}, after ${await staged()} (the one in use kept)`,
    );
    expect(names).toEqual(['.alianza-restore-Zz99Yy', 'restored']);
  });

  it('says which step failed when its folder cannot be made', async () => {
    const { session } = await (
      await import('../../../src/main/vault/createVault')
    ).createVault({ directory, passphrase });
    await session.lock();
    const archive = path.join(root, 'journal.alzb');
    await backupVault(directory, archive, () => new Date());
    await writeFile(path.join(root, 'a-file'), 'not a folder');
    const error = await rejection(restoreVault(archive, path.join(root, 'a-file', 'restored')));
    console.warn(`restore into an impossible place: ${error.code}: ${error.message}`);
    expect(error.code).toBe('io-failure');
    expect(error.message).toContain('could not');
    expect(error.message).not.toContain('ENOTDIR:');
  });
});

describe('folder permissions', () => {
  it('are owner-only for a vault the CLI makes, and are closed on an older open one at unlock', async () => {
    await alianza(['init', '--vault', directory, '--passphrase-stdin'], [passphrase]);
    const modes = async () => {
      const found = new Map<string, string>();
      for (const folder of [
        directory,
        ...['cases', 'drafts', 'backups', 'backups/index', 'backups/header'].map((name) => path.join(directory, name)),
      ]) {
        if (await exists(folder))
          found.set(path.relative(directory, folder) || '.', ((await stat(folder)).mode & 0o777).toString(8));
      }
      for (const file of await allFiles(directory))
        found.set(path.relative(directory, file), ((await stat(file)).mode & 0o777).toString(8));
      return found;
    };
    const made = await modes();
    expect(new Set(made.values())).toEqual(new Set(['700', '600']));
    for (const folder of [directory, path.join(directory, 'cases')]) await chmod(folder, 0o755);
    await alianza(['verify', '--vault', directory, '--passphrase-stdin'], [passphrase]);
    const closed = await modes();
    console.warn(
      `folder modes: alianza init makes ${made.get('.')} (folders) and ${made.get('vault.json')} (files); a 755 folder is ${closed.get('cases')} after an unlock`,
    );
    expect(closed.get('.')).toBe('700');
    expect(closed.get('cases')).toBe('700');
  });
});
