/**
 * A real word processor opens the DOCX: LibreOffice converts it to PDF and poppler reads the
 * text back. Skipped, saying why, where LibreOffice is not installed; required in CI
 * (E2E_REQUIRED=1), where `.ci/run` installs libreoffice-writer-nogui and poppler-utils.
 */
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportFor, storeReport } from './courtReportSupport';
import { leaks, openExportJournal, privateMarkers, type ExportJournal } from './support';

const run = promisify(execFile);

/** LibreOffice turns a DOCX in `folder` into a PDF beside it; poppler gives back its text, pages split by form feeds. */
async function convertToPdfText(folder: string, docx: string): Promise<string> {
  // A profile of its own, so a LibreOffice the developer has open does not take the job.
  const profile = `file://${path.join(folder, 'profile')}`;
  await run(
    'soffice',
    [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', folder, docx],
    {
      timeout: 120_000,
    },
  );
  const { stdout } = await run('pdftotext', ['-layout', docx.replace(/\.docx$/, '.pdf'), '-']);
  return stdout;
}

async function available(command: string): Promise<boolean> {
  try {
    await run('sh', ['-c', `command -v ${command}`]);
    return true;
  } catch {
    return false;
  }
}

const hasClient = (await available('soffice')) && (await available('pdftotext'));
const required = process.env['E2E_REQUIRED'] === '1';
if (!hasClient) {
  const message =
    'soffice or pdftotext is missing: the LibreOffice check of the DOCX brief is skipped ' +
    '(apt-get install libreoffice-writer-nogui poppler-utils to run it).';
  if (required) throw new Error(message);
  console.warn(message);
}

describe.skipIf(!hasClient)('the DOCX brief in LibreOffice', () => {
  let journal: ExportJournal;
  let pdfText = '';

  beforeAll(async () => {
    journal = await openExportJournal();
    const docx = path.join(journal.outbox, 'brief.docx');
    await journal.services.exports.saveBrief({ caseId: journal.caseId, language: 'en', format: 'docx' }, docx);
    pdfText = await convertToPdfText(journal.outbox, docx);
  }, 180_000);
  afterAll(async () => {
    await journal?.close();
  });

  it('opens, and its pages carry the headings, the questions and the pseudonyms', () => {
    for (const heading of [
      'Supervision brief: Familia R.',
      'Questions for supervision',
      'Alliance over time',
      'Tensions and ruptures',
      'Excerpts',
      'Supervisor’s notes',
    ]) {
      expect(pdfText).toContain(heading);
    }
    expect(pdfText.replace(/\s+/g, ' ')).toContain('Mother A');
    expect(leaks(pdfText)).toEqual([]);
  });

  it('is several pages, the parts starting on new pages', async () => {
    const pdf = await readFile(path.join(journal.outbox, 'brief.pdf'));
    const pages = pdfText.split('\f').filter((page) => page.trim() !== '');
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pages.length).toBeGreaterThanOrEqual(4);
    expect(pages.findIndex((page) => page.includes('Alliance over time'))).toBeGreaterThan(0);
  });
});

describe.skipIf(!hasClient)('the court-report documents in LibreOffice', () => {
  let journal: ExportJournal;
  const pages: Record<'review' | 'final', string[]> = { review: [], final: [] };

  beforeAll(async () => {
    journal = await openExportJournal();
    const report = reportFor(journal.caseId);
    await storeReport(journal, report);
    for (const kind of ['review', 'final'] as const) {
      const docx = path.join(journal.outbox, `${kind}.docx`);
      await journal.services.exports.saveReport(
        { caseId: journal.caseId, reportId: report.id, kind, format: 'docx', language: 'en' },
        docx,
      );
      const text = await convertToPdfText(journal.outbox, docx);
      pages[kind] = text.split('\f').filter((page) => page.trim() !== '');
    }
  }, 300_000);
  afterAll(async () => {
    await journal?.close();
  });

  it('prints the review copy with "DRAFT – for your comments" and "Page X of Y" on every page', () => {
    const { review } = pages;
    expect(review.length).toBeGreaterThanOrEqual(3);
    review.forEach((page, index) => {
      expect(page, `page ${index + 1}`).toContain('DRAFT – for your comments');
      expect(page.replace(/\s+/g, ' '), `page ${index + 1}`).toContain(`Page ${index + 1} of ${review.length}`);
    });
  });

  it('prints line numbers beside the report, not beside the cover note', () => {
    const [cover, ...report] = pages.review;
    const numberedLines = (page: string) => page.split('\n').filter((line) => /^\s*\d{1,3}\s{2,}\S/.test(line)).length;
    expect(cover).toContain('Before you read');
    expect(numberedLines(cover ?? '')).toBe(0);
    expect(report.map(numberedLines).reduce((sum, count) => sum + count, 0)).toBeGreaterThan(10);
    expect(report.join('\n')).toContain('Your comments on “What I will recommend”');
  });

  it('prints the final report with page numbers and the changes on a page of their own', () => {
    const { final } = pages;
    final.forEach((page, index) => {
      expect(page).not.toContain('DRAFT');
      expect(page.replace(/\s+/g, ' ')).toContain(`Page ${index + 1} of ${final.length}`);
    });
    const changes = final.findIndex((page) => page.includes('Changes after the caregiver’s review'));
    expect(changes).toBeGreaterThan(0);
    expect(final[changes - 1]).not.toContain('Changes after');
    expect(final.slice(changes).join(' ').replace(/\s+/g, ' ')).toContain(
      'Six months is too long; we already go every week.',
    );
    expect(leaks(final.join('\n'), privateMarkers)).toEqual([]);
  });
});
