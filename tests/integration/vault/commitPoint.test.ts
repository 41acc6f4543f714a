/**
 * Attack: the disk fails right after a write's commit (the folder fsync after the rename). Every
 * write path must report `write-unconfirmed` (never "the previous version is intact"), undo
 * nothing, and leave a journal that verifies and reads back what was written.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupVault, restoreVault } from '../../../src/main/backup/archive';
import { exportLogOf } from '../../../src/main/exports/exportLog';
import { createExportService } from '../../../src/main/exports/exportService';
import { verifyJournal } from '../../../src/main/journal/journalCheck';
import { createJournalService, type JournalService } from '../../../src/main/journal/journalService';
import { createJournalStore } from '../../../src/main/journal/journalStore';
import { reportFileOf } from '../../../src/main/reports/reportFile';
import { addCasesWithReports } from '../../../src/main/reports/reportImport';
import { createReportService } from '../../../src/main/reports/reportService';
import { createVault } from '../../../src/main/vault/createVault';
import { nodeFileSystem, type DurableFileSystem } from '../../../src/main/vault/durableFile';
import { openVault } from '../../../src/main/vault/openVault';
import { nodeVaultFileSystem, type VaultFileSystem } from '../../../src/main/vault/vaultFileSystem';
import type { VaultSession } from '../../../src/main/vault/vaultSession';
import { fromInterchange, parseInterchangeText, reportsFromInterchange } from '../../../src/shared/domain';
import type { AppError } from '../../../src/shared/ipc/result';
import { createCaseRequest, entryContent } from '../../unit/journal/journalFixtures';
import { rejection, removeFolder, systemError, temporaryFolder } from '../../unit/vault/fixtures';

const passphrase = 'punto de no retorno del diario';

/**
 * The vault's file system, which fails the folder fsync that follows the next rename onto a
 * file `arm` chooses: the rename (the commit) happens, its confirmation does not.
 */
function failingAfterRename(base: VaultFileSystem = nodeVaultFileSystem) {
  let armed: ((target: string) => boolean) | undefined;
  let folderToFail: string | undefined;
  let flushToFail: string | undefined;
  let struck = 0;
  const fileSystem: VaultFileSystem = {
    ...base,
    rename: async (from, to) => {
      await base.rename(from, to);
      if (armed?.(String(to)) === true) {
        folderToFail = path.dirname(String(to));
        armed = undefined;
      }
    },
    open: (async (file: string, flags?: string, mode?: number) => {
      if (folderToFail !== undefined && file === folderToFail && (flags ?? 'r') === 'r') {
        folderToFail = undefined;
        struck += 1;
        throw systemError('EIO');
      }
      const handle = await base.open(file, flags, mode);
      if (flushToFail === undefined || file !== flushToFail || flags !== 'r+') return handle;
      // Records added to a log: written in place, then flushed; the flush is the confirmation.
      flushToFail = undefined;
      return Object.assign(Object.create(handle) as typeof handle, {
        datasync: async () => {
          struck += 1;
          throw systemError('EIO');
        },
        write: handle.write.bind(handle),
        read: handle.read.bind(handle),
        stat: handle.stat.bind(handle),
        truncate: handle.truncate.bind(handle),
        close: handle.close.bind(handle),
      });
    }) as VaultFileSystem['open'],
  };
  return {
    fileSystem,
    /** Fails after the `occurrence`-th rename onto `file` from now. */
    arm: (file: string, occurrence = 1) => {
      let seen = 0;
      armed = (target) => target === file && ++seen === occurrence;
    },
    /** Fails the flush of the next records added to the log `file`. */
    armFlush: (file: string) => {
      flushToFail = file;
    },
    struck: () => struck,
  };
}

let root: string;
let directory: string;
let faults: ReturnType<typeof failingAfterRename>;
let session: VaultSession;
beforeEach(async () => {
  root = await temporaryFolder('alianza-commit-');
  directory = path.join(root, 'vault');
  faults = failingAfterRename();
  ({ session } = await createVault({ directory, passphrase, fileSystem: faults.fileSystem }));
});
afterEach(async () => {
  await session.lock();
  await removeFolder(root);
});

function services(open: VaultSession): {
  journal: JournalService;
  exports: ReturnType<typeof createExportService>;
  reports: ReturnType<typeof createReportService>;
} {
  const now = () => new Date(2025, 2, 14, 10);
  const journal = createJournalService({ session: () => open, now });
  return {
    journal,
    exports: createExportService({ open: () => journal.open(), now }),
    reports: createReportService({ open: () => journal.open(), now, language: () => Promise.resolve('es') }),
  };
}

/** Locks the session that saw the failure, opens the vault again on a healthy disk and verifies it. */
async function reopen(): Promise<{ problems: number }> {
  await session.lock();
  session = await openVault({ directory, holder: 'app', passphrase });
  const report = await verifyJournal(session);
  return { problems: report.problems.length };
}

function expectUnconfirmed(error: AppError, subject: RegExp): void {
  expect(faults.struck()).toBe(1);
  expect(error.code).toBe('write-unconfirmed');
  expect(error.message).toMatch(subject);
  expect(error.message).not.toContain('intact');
}

function figure(name: string, error: AppError, after: string, problems: number): void {
  console.warn(
    `commit point (${name}): ${error.code} — "${error.message.slice(0, 60)}…"; ${after}; verify problems afterwards: ${problems}`,
  );
}

describe('a failure right after the commit', () => {
  it('of an import keeps the imported cases, which verify and read back', async () => {
    const parsed = parseInterchangeText(
      await readFile(path.resolve(import.meta.dirname, '../../fixtures/interchange-full.json'), 'utf8'),
    );
    if (!parsed.ok) throw new Error('fixture');
    const cases = fromInterchange(parsed.value, {
      now: () => '2025-03-14T10:00:00.000Z',
      newId: () => crypto.randomUUID(),
    });
    const reports = reportsFromInterchange(parsed.value.cases, cases);
    // The import writes the index twice: the record of what it is about to write, then the commit.
    faults.arm(path.join(directory, 'index.alz'), 2);
    const error = await rejection(addCasesWithReports(session, createJournalStore(session), cases, reports));
    expectUnconfirmed(error, /imported cases are in place/);
    const { problems } = await reopen();
    const store = createJournalStore(session);
    const read = await store.readAllCases();
    const withReports = await Promise.all(
      reports.map(async (each) => (await reportFileOf(session).read(each.caseId)).reports.length),
    );
    figure(
      'import',
      error,
      `${read.length} of ${cases.length} cases read back, report files ${withReports.join('/')}`,
      problems,
    );
    expect(read.map((each) => each.id).sort()).toEqual(cases.map((each) => each.id).sort());
    expect(withReports.every((count) => count > 0)).toBe(true);
    expect(problems).toBe(0);
  });

  it('of a file an import writes before its commit undoes the import and says so', async () => {
    const parsed = parseInterchangeText(
      await readFile(path.resolve(import.meta.dirname, '../../fixtures/interchange-full.json'), 'utf8'),
    );
    if (!parsed.ok) throw new Error('fixture');
    const cases = fromInterchange(parsed.value, {
      now: () => '2025-03-14T10:00:00.000Z',
      newId: () => crypto.randomUUID(),
    });
    const [first] = cases;
    faults.arm(path.join(directory, 'cases', `${first?.id ?? ''}.alz`));
    const error = await rejection(
      addCasesWithReports(
        session,
        createJournalStore(session),
        cases,
        reportsFromInterchange(parsed.value.cases, cases),
      ),
    );
    expect(faults.struck()).toBe(1);
    expect(error.code).toBe('io-failure');
    expect(error.message).toContain('undone');
    const left = [
      ...(await readdir(path.join(directory, 'cases'))),
      ...(await readdir(path.join(directory, 'reports')).catch(() => [])),
    ];
    expect(left).toEqual([]);
    expect(await createJournalStore(session).listCases()).toEqual([]);
  });

  it('of a new case, a reflection, an export log and a court report keeps each', async () => {
    const { journal, exports, reports } = services(session);
    faults.arm(path.join(directory, 'index.alz'));
    const created = await rejection(journal.createCase(createCaseRequest('Familia R.')));
    expectUnconfirmed(created, /in place/);
    const caseId = (await journal.listCases())[0]?.id ?? '';
    expect(caseId).not.toBe('');

    faults.armFlush(path.join(directory, 'cases', `${caseId}.alz`));
    const entry = await rejection(journal.saveEntry({ caseId, entryId: 'e1', content: entryContent() }));
    expect(entry.code).toBe('write-unconfirmed');
    expect(entry.message).not.toContain('intact');

    faults.arm(path.join(directory, 'exports', `${caseId}.alz`));
    const safeWord = await rejection(exports.markSafeWord({ caseId, word: 'Alameda' }));
    expect(safeWord.code).toBe('write-unconfirmed');

    faults.arm(path.join(directory, 'reports', `${caseId}.alz`));
    const report = await rejection(
      reports.createReport({ caseId, title: 'Audiencia', hearing: { kind: 'first' }, language: 'es' }),
    );
    expect(report.code).toBe('write-unconfirmed');
    expect(faults.struck()).toBe(4);

    const { problems } = await reopen();
    const after = services(session);
    const journalCase = await after.journal.getCase(caseId);
    const log = await exportLogOf(session).read(caseId);
    const kept = await after.reports.listReports(caseId);
    figure(
      'case, reflection, export log, court report',
      created,
      `case ${journalCase.alias} with ${journalCase.entries.length} reflection, safe words [${log.safeWords.join(', ')}], ${kept.length} report`,
      problems,
    );
    expect(journalCase.entries.map((each) => each.id)).toEqual(['e1']);
    expect(log.safeWords).toEqual(['Alameda']);
    expect(kept).toHaveLength(1);
    expect(problems).toBe(0);
  });

  it('of a restore from backup keeps the restored file', async () => {
    const { journal } = services(session);
    const created = await journal.createCase(createCaseRequest('Familia R.'));
    await journal.saveEntry({ caseId: created.id, entryId: 'e1', content: entryContent() });
    const file = path.join(directory, 'cases', `${created.id}.alz`);
    const bytes = await readFile(file);
    bytes[bytes.length - 1] = (bytes.at(-1) ?? 0) ^ 1;
    await writeFile(file, bytes);
    faults.arm(file);
    const error = await rejection(journal.restoreBackup({ file }));
    expectUnconfirmed(error, /in place/);
    const { problems } = await reopen();
    const restored = await services(session).journal.getCase(created.id);
    figure('restore from backup', error, `case readable with ${restored.entries.length} reflections`, problems);
    expect(restored.alias).toBe('Familia R.');
    expect(problems).toBe(0);
  });

  it('of a passphrase change keeps the new passphrase', async () => {
    faults.arm(path.join(directory, 'vault.json'));
    const next = 'una frase de paso completamente nueva';
    const error = await rejection(session.changePassphrase(next));
    expectUnconfirmed(error, /new passphrase is in place/);
    await session.lock();
    const old = await rejection(openVault({ directory, holder: 'app', passphrase }));
    session = await openVault({ directory, holder: 'app', passphrase: next });
    figure('change passphrase', error, `new passphrase opens, old one gives ${old.code}`, 0);
    expect(old.code).toBe('wrong-passphrase');
  });

  it('of an archive restore keeps the restored journal', async () => {
    await session.lock();
    const archive = path.join(root, 'journal.alzb');
    await backupVault(directory, archive, () => new Date());
    const target = path.join(root, 'restored');
    let struck = 0;
    const failingParent: DurableFileSystem = {
      ...nodeFileSystem,
      open: (async (file: string, flags?: string, mode?: number) => {
        if (file === root && (flags ?? 'r') === 'r') {
          struck += 1;
          throw systemError('EIO');
        }
        return nodeFileSystem.open(file, flags, mode);
      }) as DurableFileSystem['open'],
    };
    const error = await rejection(restoreVault(archive, target, { fileSystem: failingParent }));
    expect(struck).toBe(1);
    expect(error.code).toBe('write-unconfirmed');
    expect(error.message).toMatch(/restored journal is in place/);
    session = await openVault({ directory: target, holder: 'app', passphrase });
    const problems = (await verifyJournal(session)).problems.length;
    figure('archive restore', error, 'restored journal opens', problems);
    expect(problems).toBe(0);
  });
});
