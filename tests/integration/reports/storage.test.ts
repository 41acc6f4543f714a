import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backupVault, restoreVault } from '../../../src/main/backup/archive';
import { verifyVault } from '../../../src/main/vault/verifyVault';
import type { CourtReport } from '../../../src/shared/domain/report/report';
import { passphrase } from '../journal/support';
import { rejection, temporaryFolder, removeFolder } from '../../unit/vault/fixtures';
import { openReportJournal, reportsIn, type ReportJournal } from './support';

let journal: ReportJournal;
let report: CourtReport;
beforeAll(async () => {
  journal = await openReportJournal();
  report = await journal.createReport({ title: 'Primera audiencia', language: 'en' });
});
afterAll(() => journal.close());

const reportsPath = () => path.join(journal.directory, 'reports', `${journal.caseId}.alz`);

describe('the court-report file', () => {
  it('is verified, backed up and restored with the vault', async () => {
    expect((await verifyVault(journal.services.vault.session())).problems).toEqual([]);
    const root = await temporaryFolder('alianza-report-backup-');
    try {
      await journal.services.vault.lock();
      const archive = path.join(root, 'backup.alzb');
      await backupVault(journal.directory, archive, () => new Date());
      await journal.services.vault.unlock(passphrase);
      const restored = path.join(root, 'restored');
      await restoreVault(archive, restored);
      expect(await reportsIn(root, restored, journal.caseId)).toEqual([report]);
    } finally {
      await removeFolder(root);
    }
  });

  it('names a damaged file, never writes over it, and comes back from its backup', async () => {
    // A second save, so the first is kept as a backup generation.
    await journal.call('updateReport', {
      caseId: journal.caseId,
      reportId: report.id,
      title: 'Primera audiencia (marzo)',
    });
    const damaged = Buffer.from(await readFile(reportsPath()));
    damaged[damaged.length - 5]! ^= 0xff;
    await writeFile(reportsPath(), damaged);

    const error = await rejection(journal.call('listReports', { caseId: journal.caseId }));
    expect(error.code).toBe('integrity');
    const refused = await rejection(
      journal.call('updateReport', { caseId: journal.caseId, reportId: report.id, title: 'Otro' }),
    );
    expect(refused.code).toBe('integrity');
    expect(await readFile(reportsPath())).toEqual(damaged);

    const thrown = await rejection(journal.services.reports.listReports(journal.caseId));
    expect(thrown.file).toBe(reportsPath());
    await journal.services.journal.restoreBackup({ file: reportsPath() });
    expect((await journal.services.reports.listReports(journal.caseId)).map((each) => each.title)).toEqual([
      'Primera audiencia',
    ]);
  });

  it('refuses content it does not understand, without resetting it', async () => {
    const session = journal.services.vault.session();
    await session.writeFile(`reports:${journal.caseId}`, { version: 2, caseId: journal.caseId, reports: 'x' });
    const before = await readFile(reportsPath());
    const error = await rejection(journal.services.reports.listReports(journal.caseId));
    expect(error.code).toBe('unsupported-format');
    expect((await rejection(journal.call('reviseReport', { caseId: journal.caseId, reportId: report.id }))).code).toBe(
      'unsupported-format',
    );
    expect(await readFile(reportsPath())).toEqual(before);
  });
});
