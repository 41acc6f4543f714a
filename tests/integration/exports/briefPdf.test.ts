import path from 'node:path';
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createExportService } from '../../../src/main/exports/exportService';
import { briefReference } from '../../../src/main/supervision/briefReference';
import { openExportJournal, withoutReference, type ExportJournal } from './support';

let journal: ExportJournal;
beforeAll(async () => {
  journal = await openExportJournal();
}, 60_000);
afterAll(async () => {
  await journal.close();
});

const request = () => ({ caseId: journal.caseId, language: 'es' as const, from: null, format: 'pdf' as const });

describe('the PDF brief', () => {
  it('is refused as unavailable without a printer, before the save dialog is shown', async () => {
    journal.dialog.answer = path.join(journal.outbox, 'never.pdf');
    await expect(journal.services.exports.exportBrief(request())).rejects.toMatchObject({ code: 'unavailable' });
    expect(journal.dialog.asked).toEqual([]);
    expect(await journal.services.exports.listExports(journal.caseId)).toEqual([]);
  });

  it("prints the preview's HTML and writes and logs what the printer returned", async () => {
    const printed: string[] = [];
    const exports = createExportService({
      open: () => journal.services.journal.open(),
      now: () => journal.clock.now(),
      chooseSavePath: ({ suggestedName }) => Promise.resolve(path.join(journal.outbox, suggestedName)),
      printPdf: (html) => {
        printed.push(html);
        return Promise.resolve(Buffer.from('%PDF-1.7 printed'));
      },
    });
    const { html, suggestedFileNames } = await exports.previewBrief(request());
    expect(suggestedFileNames.pdf).toBe('minuta-supervision_familia-r_2025-03-28.pdf');
    const saved = await exports.exportBrief(request());
    expect(printed.map((each) => withoutReference(each, 'es'))).toEqual([html]);
    expect(printed[0]).toContain(`SB-`);
    if (saved.status !== 'saved') throw new Error('The export was not saved.');
    expect(await readFile(saved.path, 'utf8')).toBe('%PDF-1.7 printed');
    expect(saved.record).toMatchObject({ format: 'pdf', kind: 'supervision-brief', language: 'es' });
  });
});

describe('the reference a brief prints', () => {
  it('is never taken for a file number by the check of what was written, however many digits it has', async () => {
    const vaultId = journal.services.journal.open().session.vaultId;
    // Export ids whose references are mostly digits: after "Reference:" they look like a case file number.
    // The journal's tag is fixed, so the digits are counted in the rest (8 symbols; 1 id in ~70 has 6).
    const digitHeavy: string[] = [];
    for (let index = 0; digitHeavy.length < 3 && index < 100_000; index++) {
      const id = `export-${index}`;
      if ((briefReference(vaultId, id).slice(8).match(/\d/g) ?? []).length >= 6) digitHeavy.push(id);
    }
    expect(digitHeavy).toHaveLength(3);
    for (const [at, id] of digitHeavy.entries()) {
      const exports = createExportService({
        open: () => journal.services.journal.open(),
        now: () => journal.clock.now(),
        newId: () => id,
      });
      for (const format of ['docx', 'md'] as const) {
        const saved = await exports.saveBrief(
          { ...request(), format, language: at % 2 === 0 ? 'en' : 'es' },
          path.join(journal.outbox, `digits-${at}.${format}`),
        );
        expect(saved.status).toBe('saved');
      }
    }
  });
});
