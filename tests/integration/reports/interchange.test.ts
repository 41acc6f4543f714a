import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CourtReport } from '../../../src/shared/domain/report/report';
import { alianza } from '../../support/cli';
import { passphrase } from '../journal/support';
import { removeFolder, temporaryFolder } from '../../unit/vault/fixtures';
import { openReportJournal, reportsIn, snapshot, type ReportJournal } from './support';

let journal: ReportJournal;
let root: string;
let report: CourtReport;
const exported = () => path.join(root, 'journal.json');

beforeAll(async () => {
  journal = await openReportJournal();
  root = await temporaryFolder('alianza-report-interchange-');
  const created = await journal.createReport({
    title: 'Audiencia de revisión',
    hearing: { kind: 'review', date: '2025-03-31' },
    language: 'en',
  });
  const key = { caseId: journal.caseId, reportId: created.id };
  await journal.call('shareReviewCopy', {
    ...key,
    sharedWith: { partyId: 'p-grandmother', date: '2025-03-20', method: 'post' },
  });
  await journal.call('recordReportComment', {
    ...key,
    comment: { version: 1, section: 'goals', stance: 'agrees', words: 'Está bien.', recordedOn: '2025-03-21' },
  });
  report = (await journal.call('reviseReport', key)) as CourtReport;
  await journal.services.vault.lock();
});
afterAll(async () => {
  await journal.close();
  await removeFolder(root);
});

describe('court reports in export-json and import', () => {
  it('go out with their case, every version and comment, without the case id', async () => {
    const run = await alianza(
      ['export-json', '--out', exported(), '--vault', journal.directory, '--passphrase-stdin'],
      [passphrase],
    );
    expect(run.exitCode).toBe(0);
    const document = JSON.parse(await readFile(exported(), 'utf8')) as { cases: { reports?: unknown[] }[] };
    const { caseId: _caseId, ...expected } = report;
    expect(document.cases[0]!.reports).toEqual([expected]);
  });

  it('come back with their case into another journal, exactly as they were', async () => {
    const vault = path.join(root, 'second');
    await alianza(['init', '--vault', vault, '--passphrase-stdin'], [passphrase]);
    const run = await alianza(['import', exported(), '--vault', vault, '--passphrase-stdin', '--json'], [passphrase]);
    expect(run.json).toMatchObject({ ok: true, imported: { cases: 1, courtReports: 1 } });
    expect(await reportsIn(root, vault, journal.caseId)).toEqual([report]);
  });

  it('refuse a report that points outside its case, saying where, and change nothing', async () => {
    const vault = path.join(root, 'third');
    await alianza(['init', '--vault', vault, '--passphrase-stdin'], [passphrase]);
    const before = await snapshot(vault);
    const document = JSON.parse(await readFile(exported(), 'utf8')) as {
      cases: { reports: { comments: { version: number }[] }[] }[];
    };
    document.cases[0]!.reports[0]!.comments[0]!.version = 2;
    const broken = path.join(root, 'broken.json');
    await writeFile(broken, JSON.stringify(document));
    const run = await alianza(['import', broken, '--vault', vault, '--passphrase-stdin', '--json'], [passphrase]);
    expect(run.json).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(String((run.json['error'] as { message: string }).message)).toContain(
      'cases[0].reports[0].comments[0].version',
    );
    expect(await snapshot(vault)).toEqual(before);
  });

  it('never replace the reports of a case already in the journal', async () => {
    const vault = path.join(root, 'second');
    const before = await snapshot(vault);
    const run = await alianza(['import', exported(), '--vault', vault, '--passphrase-stdin', '--json'], [passphrase]);
    expect(run.json).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(String((run.json['error'] as { message: string }).message)).toMatch(/Court reports for the case/);
    expect(await snapshot(vault)).toEqual(before);
  });

  it('take back the report files written when the cases cannot be added', async () => {
    const vault = path.join(root, 'second');
    const before = await snapshot(vault);
    // A new case id, so its reports are written, but an alias the journal already has.
    const document = JSON.parse(await readFile(exported(), 'utf8')) as { cases: { id: string }[] };
    document.cases[0]!.id = 'another-case';
    const clash = path.join(root, 'clash.json');
    await writeFile(clash, JSON.stringify(document));
    const run = await alianza(['import', clash, '--vault', vault, '--passphrase-stdin', '--json'], [passphrase]);
    expect(String((run.json['error'] as { message: string }).message)).toMatch(/already in this journal/);
    expect(await snapshot(vault)).toEqual(before);
  });
});
