/**
 * Attack: delete journal files the index (or the journal's record of them) names, then verify
 * and export. Each deleted file must be named by `verify`, and the next export must refuse rather
 * than start an empty export log.
 */
import { cp, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCaseRequest } from '../../unit/journal/journalFixtures';
import { alianza } from '../../support/cli';
import { openReportJournal, type ReportJournal } from '../reports/support';
import { passphrase } from '../journal/support';
import { createJournalService } from '../../../src/main/journal/journalService';
import { openVault } from '../../../src/main/vault/openVault';
import { rejection, removeFolder, temporaryFolder } from '../../unit/vault/fixtures';

let journal: ReportJournal;
beforeEach(async () => {
  journal = await openReportJournal();
});
afterEach(async () => {
  await journal.close();
});

interface VerifyJson {
  ok: boolean;
  problems: { path: string; kind: string; code: string; message: string }[];
  notes?: string[];
}

async function verify(directory: string): Promise<VerifyJson> {
  const run = await alianza(['verify', '--vault', directory, '--passphrase-stdin', '--json'], [passphrase]);
  return run.json as unknown as VerifyJson;
}

describe('deleting journal files', () => {
  it('is named by verify, and the next export or report refuses instead of starting empty', async () => {
    const { services, directory, caseId } = journal;
    // A second case whose file is deleted; the first keeps its case file and loses the rest.
    const other = await services.journal.createCase(createCaseRequest('Familia M.'));
    await services.exports.markSafeWord({ caseId, word: 'Alameda' });
    await journal.createReport();
    await services.vault.lock();
    expect((await verify(directory)).problems).toEqual([]);

    const deleted = [`cases/${other.id}.alz`, `exports/${caseId}.alz`, `reports/${caseId}.alz`];
    for (const file of deleted) await rm(path.join(directory, file));
    // The backups go too: nothing of the files is left to notice them by.
    for (const folder of [`case.${other.id}`, `exports.${caseId}`, `reports.${caseId}`]) {
      await rm(path.join(directory, 'backups', folder), { recursive: true, force: true });
    }

    const report = await verify(directory);
    const named = report.problems.filter((problem) => problem.kind === 'missing').map((problem) => problem.path);
    console.warn(
      `deletion attack: verify named ${deleted.filter((file) => named.includes(path.join(directory, file))).length} of ${deleted.length} deleted files (${named.map((file) => path.relative(directory, file)).join(', ')}); exit ok=${String(report.ok)}`,
    );
    expect(report.ok).toBe(false);
    expect(named.sort()).toEqual(deleted.map((file) => path.join(directory, file)).sort());
    expect(report.problems.every((problem) => problem.code === 'missing-file')).toBe(true);

    await services.vault.unlock(passphrase);
    const exportError = await rejection(services.exports.markSafeWord({ caseId, word: 'Recoleta' }));
    const reportError = await rejection(services.reports.listReports(caseId));
    const caseError = await rejection(services.journal.getCase(other.id));
    const recreated = (await readdir(path.join(directory, 'exports'))).includes(`${caseId}.alz`);
    console.warn(
      `deletion attack: next safe word ${exportError.code} (${path.relative(directory, exportError.file ?? '')}), ` +
        `reports ${reportError.code} (${path.relative(directory, reportError.file ?? '')}), ` +
        `case ${caseError.code}; export log recreated empty: ${recreated ? 'yes' : 'no'}`,
    );
    expect(exportError.code).toBe('missing-file');
    expect(exportError.file).toBe(path.join(directory, 'exports', `${caseId}.alz`));
    expect(reportError.code).toBe('missing-file');
    expect(reportError.file).toBe(path.join(directory, 'reports', `${caseId}.alz`));
    expect(caseError.code).toBe('missing-file');
    expect(recreated).toBe(false);
  });

  it('names a file no case in the index names', async () => {
    const { services, directory, caseId } = journal;
    await services.vault.lock();
    // A case file copied in from elsewhere under another name no index line names.
    await cp(path.join(directory, 'cases', `${caseId}.alz`), path.join(directory, 'cases', 'stray-case.alz'));
    const report = await verify(directory);
    expect(report.problems.map(({ path: where, kind }) => ({ where: path.relative(directory, where), kind }))).toEqual([
      { where: 'cases/stray-case.alz', kind: 'current' },
      { where: 'cases/stray-case.alz', kind: 'orphaned' },
    ]);
  });
});

describe('a journal written before files were recorded', () => {
  const fixture = path.resolve(import.meta.dirname, '../../fixtures/vault-v1');
  const oldPassphrase = 'diario de formato antiguo';
  let folder: string;
  beforeEach(async () => {
    folder = await temporaryFolder('alianza-old-index-');
    await cp(fixture, folder, { recursive: true });
  });
  afterEach(async () => {
    await removeFolder(folder);
  });

  it('takes the files on disk as the record, says so, and keeps it from its next change on', async () => {
    const run = async () =>
      (await alianza(['verify', '--vault', folder, '--passphrase-stdin', '--json'], [oldPassphrase]))
        .json as unknown as VerifyJson;
    const exportLog = path.join(folder, 'exports', 'case-familia-r.alz');
    const before = await run();
    expect(before.problems).toEqual([]);
    expect(before.notes?.[0]).toContain('earlier version');

    // Before the index is written again, a deleted export log reads as never made: the limit of old indexes.
    await rm(exportLog);
    const unnoticed = await run();
    expect(unnoticed.problems).toEqual([]);
    await cp(path.join(fixture, 'exports', 'case-familia-r.alz'), exportLog);

    // Any change to the index (a new case here) writes it as version 2 with the record.
    const session = await openVault({ directory: folder, holder: 'cli', passphrase: oldPassphrase });
    try {
      const service = createJournalService({ session: () => session, now: () => new Date(2025, 3, 1) });
      await service.createCase(createCaseRequest('Familia T.'));
    } finally {
      await session.lock();
    }
    const upgraded = await run();
    expect(upgraded.problems).toEqual([]);
    expect(upgraded.notes).toBeUndefined();
    await rm(exportLog);
    const after = await run();
    console.warn(
      `deletion attack on an old journal: before its first change ${unnoticed.problems.length} of 1 deletions noticed (documented), after it ${after.problems.length} of 1`,
    );
    expect(after.problems.map(({ path: where, kind }) => ({ where, kind }))).toEqual([
      { where: exportLog, kind: 'missing' },
    ]);
  });
});
