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
import { leaks, openExportJournal, type ExportJournal } from './support';

const run = promisify(execFile);

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
    // A profile of its own, so a LibreOffice the developer has open does not take the job.
    const profile = `file://${path.join(journal.outbox, 'profile')}`;
    await run(
      'soffice',
      [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', journal.outbox, docx],
      { timeout: 120_000 },
    );
    const { stdout } = await run('pdftotext', ['-layout', path.join(journal.outbox, 'brief.pdf'), '-']);
    pdfText = stdout;
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
    expect(pdfText.replace(/\s+/g, ' ')).toContain('Parent A');
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
