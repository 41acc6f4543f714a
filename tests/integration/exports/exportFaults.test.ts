/**
 * Attack: an export meets a damaged or missing export log, a full vault disk when logging, a full
 * disk or a failing rename where the file goes, a log that cannot take back or confirm its entry,
 * a folder sync that fails after the rename, a report version that cannot record the file. For
 * each, either the document is absent or it is in the log (with its SHA-256), a failure never
 * leaves a file, a success always does, and the message says what happened.
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportLogOf } from '../../../src/main/exports/exportLog';
import { createExportService } from '../../../src/main/exports/exportService';
import { writeExport } from '../../../src/main/exports/writeExport';
import { createJournalService, type JournalService } from '../../../src/main/journal/journalService';
import { createJournalStore } from '../../../src/main/journal/journalStore';
import { reportFileOf } from '../../../src/main/reports/reportFile';
import { createVault } from '../../../src/main/vault/createVault';
import { nodeFileSystem, type DurableFileSystem } from '../../../src/main/vault/durableFile';
import { nodeVaultFileSystem, type VaultFileSystem } from '../../../src/main/vault/vaultFileSystem';
import type { VaultSession } from '../../../src/main/vault/vaultSession';
import type { ExportRecord } from '../../../src/shared/exports/exportLog';
import type { SavedExport } from '../../../src/shared/exports/requests';
import { AppError } from '../../../src/shared/ipc/result';
import { createCaseRequest, entryContent } from '../../unit/journal/journalFixtures';
import { removeFolder, systemError, temporaryFolder } from '../../unit/vault/fixtures';
import { exportNoticeLines } from '../../../src/cli/commands/exportNotices';
import { alianza } from '../../support/cli';
import { reportFor } from './courtReportSupport';

const now = () => new Date(2025, 2, 28, 10);
const interchange = path.resolve(import.meta.dirname, '../../fixtures/interchange-full.json');

/**
 * The vault's file system, which can fail a coming write of one vault file like a full disk: a
 * few bytes reach its temporary file, then ENOSPC.
 */
function vaultWithFaults() {
  let failing: { fileName: string; occurrence: number; seen: number } | undefined;
  const fileSystem: VaultFileSystem = {
    ...nodeVaultFileSystem,
    open: (async (file: string, flags?: string, mode?: number) => {
      const handle = await nodeVaultFileSystem.open(file, flags, mode);
      const armed = failing;
      if (flags !== 'wx' || armed === undefined || !path.basename(file).startsWith(`.${armed.fileName}.`))
        return handle;
      armed.seen += 1;
      if (armed.seen !== armed.occurrence) return handle;
      failing = undefined;
      return Object.assign(Object.create(handle) as FileHandle, {
        writeFile: async (data: Uint8Array | string) => {
          await handle.writeFile(typeof data === 'string' ? data.slice(0, 3) : data.subarray(0, 3));
          throw systemError('ENOSPC');
        },
        close: () => handle.close(),
      });
    }) as VaultFileSystem['open'],
  };
  return {
    fileSystem,
    /** The `occurrence`-th write of `vault/<folder>/<fileName>` from now fails (1: the next one). */
    failWrite: (fileName: string, occurrence = 1) => {
      failing = { fileName, occurrence, seen: 0 };
    },
    disarm: () => {
      failing = undefined;
    },
  };
}

/** The export folder's file system, failing one step of the document's durable write. */
function exportFolderFailing(step: 'write' | 'rename' | 'folder-sync', code: string): DurableFileSystem {
  return {
    ...nodeFileSystem,
    rename: async (from, to) => {
      if (step === 'rename') throw systemError(code);
      return nodeFileSystem.rename(from, to);
    },
    open: (async (file: string, flags: string, mode?: number) => {
      if (step === 'folder-sync' && flags === 'r') throw systemError(code);
      const handle = await nodeFileSystem.open(file, flags, mode);
      if (step !== 'write' || flags !== 'wx') return handle;
      return Object.assign(Object.create(handle) as FileHandle, {
        writeFile: async (data: Uint8Array | string) => {
          await handle.writeFile(typeof data === 'string' ? data.slice(0, 3) : data.subarray(0, 3));
          throw systemError(code);
        },
        close: () => handle.close(),
      });
    }) as DurableFileSystem['open'],
  };
}

let root: string;
let directory: string;
let outbox: string;
let session: VaultSession;
let journal: JournalService;
let faults: ReturnType<typeof vaultWithFaults>;

beforeAll(async () => {
  root = await temporaryFolder('alianza-export-faults-');
  directory = path.join(root, 'vault');
  outbox = path.join(root, 'outbox');
  await mkdir(outbox);
  faults = vaultWithFaults();
  ({ session } = await createVault({ directory, passphrase: 'fallas al exportar', fileSystem: faults.fileSystem }));
  journal = createJournalService({ session: () => session, now });
}, 60_000);
afterAll(async () => {
  await session.lock();
  await removeFolder(root);
});

interface Outcome {
  saved?: SavedExport;
  error?: AppError;
  /** The file's bytes, when it is on disk. */
  onDisk?: Buffer;
  /** Its entry in the export log, when the log can be read and has one. */
  entry?: ExportRecord;
  temporaryFiles: string[];
}

const tally = { cases: 0, unlogged: 0, failedWithFile: 0, savedWithoutFile: 0 };

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** What is on disk and in the log after an export, counted against the two rules. */
async function outcomeOf(
  name: string,
  caseId: string,
  target: string,
  attempt: Promise<SavedExport>,
): Promise<Outcome> {
  let saved: SavedExport | undefined;
  let error: AppError | undefined;
  try {
    saved = await attempt;
  } catch (thrown) {
    if (!(thrown instanceof AppError)) throw thrown;
    error = thrown;
  }
  faults.disarm();
  const onDisk = await readFile(target).catch(() => undefined);
  const log = await exportLogOf(session)
    .read(caseId)
    .catch(() => undefined);
  const entry = log?.exports.findLast((each) => each.fileName === path.basename(target));
  const temporaryFiles = (await readdir(outbox)).filter((each) => each.endsWith('.tmp'));
  const logged = onDisk !== undefined && entry?.sha256 === sha256(onDisk);
  tally.cases += 1;
  if (onDisk !== undefined && !logged) tally.unlogged += 1;
  if (error !== undefined && onDisk !== undefined) tally.failedWithFile += 1;
  if (saved !== undefined && onDisk === undefined) tally.savedWithoutFile += 1;
  const said = error === undefined ? `saved${saved?.notices ? ` with ${saved.notices.join(', ')}` : ''}` : error.code;
  console.warn(
    `export fault (${name}): ${said}; file ${onDisk === undefined ? 'absent' : 'present'}; ` +
      `entry ${entry?.status ?? 'none'}${error === undefined ? '' : `; "${error.message.slice(0, 110)}…"`}`,
  );
  return {
    ...(saved === undefined ? {} : { saved }),
    ...(error === undefined ? {} : { error }),
    ...(onDisk === undefined ? {} : { onDisk }),
    ...(entry === undefined ? {} : { entry }),
    temporaryFiles,
  };
}

/** A new case, so each attack has its own export log. */
async function newCase(alias: string): Promise<string> {
  return (await journal.createCase(createCaseRequest(alias))).id;
}

/** Writes a small Markdown brief of `caseId` to `outbox/<name>.md` through `writeExport`. */
function exportTo(caseId: string, name: string, fileSystem?: DurableFileSystem) {
  const target = path.join(outbox, `${name}.md`);
  const attempt = writeExport(
    { log: exportLogOf(session), vaultDirectory: directory, now, ...(fileSystem === undefined ? {} : { fileSystem }) },
    {
      caseId,
      kind: 'supervision-brief',
      format: 'md',
      path: target,
      bytes: Buffer.from(`# Minuta de supervisión: ${name}\n\nTexto de la minuta.\n`),
      period: { from: '2025-03-01', to: '2025-03-28' },
    },
  );
  return { target, attempt };
}

/** The case's export log file in the vault, created by a safe word. */
async function logFileOf(caseId: string): Promise<string> {
  await exportLogOf(session).update(caseId, (current) => ({ ...current, safeWords: ['Alameda'] }));
  return path.join(directory, 'exports', `${caseId}.alz`);
}

describe('an export whose log cannot take it first', () => {
  it('writes nothing when the log is damaged', async () => {
    const caseId = await newCase('Familia D.');
    const file = await logFileOf(caseId);
    const bytes = await readFile(file);
    bytes[bytes.length - 5] = (bytes.at(-5) ?? 0) ^ 0xff;
    await writeFile(file, bytes);
    const { target, attempt } = exportTo(caseId, 'damaged-log');
    const outcome = await outcomeOf('damaged log', caseId, target, attempt);
    expect(outcome.error?.message).toMatch(/^Nothing was exported: the export log could not record the export first/);
    expect(outcome.onDisk).toBeUndefined();
    expect(outcome.temporaryFiles).toEqual([]);
  });

  it('writes nothing when the log is missing though the journal records it', async () => {
    const caseId = await newCase('Familia F.');
    await rm(await logFileOf(caseId));
    const { target, attempt } = exportTo(caseId, 'missing-log');
    const outcome = await outcomeOf('missing log', caseId, target, attempt);
    expect(outcome.error?.code).toBe('missing-file');
    expect(outcome.error?.message).toMatch(/^Nothing was exported/);
    expect(outcome.onDisk).toBeUndefined();
  });

  it('writes nothing when the vault disk is full', async () => {
    const caseId = await newCase('Familia L.');
    await logFileOf(caseId);
    faults.failWrite(`${caseId}.alz`);
    const { target, attempt } = exportTo(caseId, 'vault-full');
    const outcome = await outcomeOf('vault disk full when logging', caseId, target, attempt);
    expect(outcome.error?.code).toBe('disk-full');
    expect(outcome.error?.message).toMatch(/^Nothing was exported/);
    expect(outcome.onDisk).toBeUndefined();
    expect(outcome.entry).toBeUndefined();
  });
});

describe('an export whose document cannot be written', () => {
  it('takes its entry back when the disk it is saved to is full', async () => {
    const caseId = await newCase('Familia E.');
    const { target, attempt } = exportTo(caseId, 'export-full', exportFolderFailing('write', 'ENOSPC'));
    const outcome = await outcomeOf('export disk full', caseId, target, attempt);
    expect(outcome.error?.code).toBe('disk-full');
    expect(outcome.error?.message).toBe(
      'The disk you are saving to is full, so the file was not saved. Nothing was left there and nothing was overwritten.',
    );
    expect(outcome.onDisk).toBeUndefined();
    expect(outcome.entry).toBeUndefined();
    expect(outcome.temporaryFiles).toEqual([]);
  });

  it('takes its entry back when the rename fails', async () => {
    const caseId = await newCase('Familia N.');
    const { target, attempt } = exportTo(caseId, 'rename-fails', exportFolderFailing('rename', 'EIO'));
    const outcome = await outcomeOf('rename fails', caseId, target, attempt);
    expect(outcome.error?.code).toBe('io-failure');
    expect(outcome.error?.message).toMatch(/^Alianza could not save the file \(EIO\)\. Nothing was left there/);
    expect(outcome.onDisk).toBeUndefined();
    expect(outcome.entry).toBeUndefined();
    expect(outcome.temporaryFiles).toEqual([]);
  });

  it('says the history lists it as "may have been written" when the entry cannot be taken back', async () => {
    const caseId = await newCase('Familia W.');
    await logFileOf(caseId);
    // The intent is written; taking it back meets a full vault disk.
    faults.failWrite(`${caseId}.alz`, 2);
    const { target, attempt } = exportTo(caseId, 'withdraw-fails', exportFolderFailing('write', 'ENOSPC'));
    const outcome = await outcomeOf('export disk full, withdrawal fails', caseId, target, attempt);
    expect(outcome.error?.code).toBe('disk-full');
    expect(outcome.error?.message).toMatch(/lists it as “may have been written”: no file was\.$/);
    expect(outcome.onDisk).toBeUndefined();
    expect(outcome.entry?.status).toBe('pending');
  });

  it('leaves an earlier export at the same path whole and logged', async () => {
    const caseId = await newCase('Familia O.');
    const first = exportTo(caseId, 'overwritten');
    const earlier = await first.attempt;
    const { target, attempt } = exportTo(caseId, 'overwritten', exportFolderFailing('write', 'ENOSPC'));
    const outcome = await outcomeOf('export disk full over an earlier export', caseId, target, attempt);
    expect(outcome.error?.code).toBe('disk-full');
    expect(outcome.onDisk && sha256(outcome.onDisk)).toBe(earlier.sha256);
    expect(outcome.entry).toMatchObject({ id: earlier.record.id, status: 'confirmed' });
    // Counted by the rules above as a failure with a file: it is the earlier export, not this one.
    tally.failedWithFile -= 1;
  });
});

describe('alianza brief with a damaged export log', () => {
  it('fails, writes nothing, and says the log is damaged', async () => {
    const cliRoot = await temporaryFolder('alianza-export-faults-cli-');
    try {
      const vault = path.join(cliRoot, 'vault');
      const passphrase = 'correct horse battery staple';
      await alianza(['init', '--vault', vault, '--passphrase-stdin'], [passphrase]);
      await alianza(['import', interchange, '--vault', vault, '--passphrase-stdin'], [passphrase]);
      const brief = (out: string) =>
        alianza(
          ['brief', '--vault', vault, '--passphrase-stdin', '--out', out, '--case', 'Familia R.', '--format', 'md'],
          [passphrase],
        );
      const first = await brief(path.join(cliRoot, 'first.md'));
      expect(first.exitCode).toBe(0);
      const [logFile] = (await readdir(path.join(vault, 'exports'))).filter((name) => name.endsWith('.alz'));
      const file = path.join(vault, 'exports', logFile!);
      const bytes = await readFile(file);
      bytes[bytes.length - 5] = (bytes.at(-5) ?? 0) ^ 0xff;
      await writeFile(file, bytes);
      const out = path.join(cliRoot, 'second.md');
      const run = await brief(out);
      console.warn(`export fault (CLI, damaged log): exit ${run.exitCode}; ${run.stderr.trim().slice(0, 120)}…`);
      expect(run.exitCode).toBe(1);
      // The brief reads the log before it is made (pseudonyms, the last brief): it stops there.
      expect(run.stderr).toMatch(/^alianza: This journal file is damaged/);
      expect(run.stdout).toBe('');
      expect(await readFile(out).catch(() => undefined)).toBeUndefined();
    } finally {
      await removeFolder(cliRoot);
    }
  });

  it('prints a notice, not a failure, for a file saved without confirmation', () => {
    const saved = { path: '/tmp/brief.md', notices: ['log-unconfirmed', 'file-unconfirmed'] } as SavedExport;
    expect(exportNoticeLines(saved)).toEqual([
      'the file is saved, but its entry in the export log could not be confirmed: the export history lists it as “may have been written”.',
      'the file is saved at /tmp/brief.md, but the disk did not confirm that it is stored: check the disk, and export again if the file is missing later.',
    ]);
  });
});

describe('an export whose file is in place', () => {
  it('is saved with a notice, its entry kept pending, when the confirmation fails', async () => {
    const caseId = await newCase('Familia C.');
    await logFileOf(caseId);
    faults.failWrite(`${caseId}.alz`, 2);
    const { target, attempt } = exportTo(caseId, 'confirm-fails');
    const outcome = await outcomeOf('confirmation fails', caseId, target, attempt);
    expect(outcome.saved?.notices).toEqual(['log-unconfirmed']);
    expect(outcome.saved?.record.status).toBe('pending');
    expect(outcome.entry).toMatchObject({ status: 'pending', sha256: outcome.saved?.sha256 });
  });

  it('is saved with a notice when the folder sync fails after the rename', async () => {
    const caseId = await newCase('Familia S.');
    const { target, attempt } = exportTo(caseId, 'sync-fails', exportFolderFailing('folder-sync', 'EIO'));
    const outcome = await outcomeOf('folder sync fails', caseId, target, attempt);
    expect(outcome.saved?.notices).toEqual(['file-unconfirmed']);
    expect(outcome.entry).toMatchObject({ status: 'confirmed', sha256: outcome.saved?.sha256 });
  });

  it('is saved with a notice when its court-report version cannot record it', async () => {
    const caseId = await newCase('Familia V.');
    // The statement the report inserted from the journal, in a reportable section of this case.
    await journal.saveEntry({
      caseId,
      entryId: 'e2',
      content: entryContent({
        sections: [
          {
            id: 'r1',
            title: 'Para el informe',
            visibility: 'reportable',
            statementType: 'observation',
            text: 'Tomás played calmly and talked about school.',
          },
        ],
      }),
    });
    const report = reportFor(caseId);
    await reportFileOf(session).update(caseId, (current) => ({
      next: { ...current, reports: [report] },
      result: undefined,
    }));
    const exports = createExportService({
      open: () => ({ session, store: createJournalStore(session) }),
      now,
    });
    // `exports/` and `reports/` both hold `<caseId>.alz`: the log's intent and confirmation pass, the report's write fails.
    faults.failWrite(`${caseId}.alz`, 3);
    const target = path.join(outbox, 'review.md');
    const { saved } = await exports.saveReport(
      { caseId, reportId: report.id, kind: 'review', format: 'md', language: 'en' },
      target,
    );
    const outcome = await outcomeOf('report version cannot record it', caseId, target, Promise.resolve(saved));
    expect(outcome.saved?.notices).toEqual(['version-unrecorded']);
    expect(outcome.entry?.status).toBe('confirmed');
    const kept = (await reportFileOf(session).read(caseId)).reports[0]?.versions[0]?.documents ?? [];
    expect(kept).toEqual([]);
  });

  it('breaks neither rule in any attack', () => {
    console.warn(
      `export faults: ${tally.cases} attacks, files left unlogged ${tally.unlogged}, ` +
        `failures with a file left ${tally.failedWithFile}, successes without a file ${tally.savedWithoutFile}`,
    );
    expect(tally.cases).toBe(10);
    expect(tally).toMatchObject({ unlogged: 0, failedWithFile: 0, savedWithoutFile: 0 });
  });
});
