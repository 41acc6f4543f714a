/**
 * One character can make a DOCX unreadable (U+FFFE, U+FFFF and the other characters XML
 * forbids). Seeded random Unicode — controls, lone surrogates, noncharacters, bidi and
 * zero-width marks, combining marks, private use, astral emoji — goes into a reflection and into
 * a court-report statement; the brief (DOCX, Markdown, HTML) and the court-report documents
 * (review copy and final, DOCX and Markdown) are exported, and LibreOffice must open every DOCX,
 * with the text on both sides of the noise printed. Skipped where LibreOffice is missing;
 * required in CI (E2E_REQUIRED=1).
 */
import { execFile } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { entryContent } from '../../unit/journal/journalFixtures';
import { reportFor, storeReport, withTextIn } from './courtReportSupport';
import { openExportJournal, unzip, type ExportJournal } from './support';
import { seededRandom } from '../../support/seededRandom';

const run = promisify(execFile);
const hasClient = await run('sh', ['-c', 'command -v soffice && command -v pdftotext']).then(
  () => true,
  () => false,
);
if (!hasClient && process.env['E2E_REQUIRED'] === '1') throw new Error('soffice or pdftotext is missing.');

/** The kinds of character real pasted text carries, and those no XML file may hold. */
const ranges: readonly [number, number][] = [
  [0x20, 0x7e],
  [0xa0, 0x24f],
  [0x00, 0x1f],
  [0x7f, 0x9f],
  [0xd800, 0xdfff],
  [0xfdd0, 0xfdef],
  [0xfffe, 0xffff],
  [0x200b, 0x200f],
  [0x202a, 0x202e],
  [0x2066, 0x2069],
  [0x0300, 0x036f],
  [0xe000, 0xe0ff],
  [0x4e00, 0x4e80],
  [0x1f600, 0x1f64f],
  [0x1fffe, 0x1ffff],
  [0xe0000, 0xe007f],
];

/** Noise of `length` code units' worth of characters; a lone surrogate stays lone. */
function noise(random: () => number, length: number): string {
  let text = '';
  while (text.length < length) {
    const [low, high] = ranges[Math.floor(random() * ranges.length)] ?? [0x20, 0x7e];
    const code = low + Math.floor(random() * (high - low + 1));
    text += code >= 0xd800 && code <= 0xdfff ? String.fromCharCode(code) : String.fromCodePoint(code);
  }
  return text;
}

/** Characters XML 1.0 cannot hold: a DOCX part with one of them does not open. */
const notInXml = new RegExp(
  // eslint-disable-next-line no-control-regex -- the control characters are what is looked for
  '[\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\ufffe\\uffff]|[\\ud800-\\udbff](?![\\udc00-\\udfff])|(?<![\\ud800-\\udbff])[\\udc00-\\udfff]',
);

const seeds = [11, 12, 13];

describe.skipIf(!hasClient)('random Unicode in every export', () => {
  const journals: ExportJournal[] = [];
  afterAll(async () => {
    for (const journal of journals) await journal.close();
  });

  it.each(seeds)(
    'seed %i: every DOCX opens in LibreOffice, and no file holds a character XML forbids',
    async (seed) => {
      const random = seededRandom(seed);
      const journal = await openExportJournal();
      journals.push(journal);
      const before = `FuzzBegin${seed}`;
      const after = `FuzzEnd${seed}`;
      const fuzz = `${before} ${noise(random, 400)} ${after}`;
      await journal.services.journal.saveEntry({
        caseId: journal.caseId,
        entryId: `fuzz-${seed}`,
        content: entryContent({
          sessionDate: '2025-03-25',
          phase: 'evaluation',
          attendees: [],
          sections: [{ id: 'f1', title: `Ruido ${noise(random, 20)}`, visibility: 'supervision', text: fuzz }],
          supervisionQuestions: [`${before} ${noise(random, 60)} ${after}`],
        }),
      });
      // Noise of its own: the same text in the journal and the report would be refused as private.
      // Words without a hyphen, which the PDF's line breaking could split.
      const inReport = { before: `ReportBegin${seed}`, after: `ReportEnd${seed}` };
      const report = withTextIn(
        reportFor(journal.caseId),
        'strengths',
        `${inReport.before} ${noise(random, 400)} ${inReport.after}`,
      );
      await storeReport(journal, report);

      const written: string[] = [];
      for (const format of ['docx', 'md', 'html'] as const) {
        const file = path.join(journal.outbox, `brief-${seed}.${format}`);
        await journal.services.exports.saveBrief({ caseId: journal.caseId, language: 'es', format, from: null }, file);
        written.push(file);
      }
      for (const kind of ['review', 'final'] as const) {
        for (const format of ['docx', 'md'] as const) {
          const file = path.join(journal.outbox, `${kind}-${seed}.${format}`);
          await journal.services.exports.saveReport(
            { caseId: journal.caseId, reportId: report.id, kind, format, language: 'es' },
            file,
          );
          written.push(file);
        }
      }

      for (const file of written) {
        const bytes = await readFile(file);
        const parts = file.endsWith('.docx')
          ? [...unzip(bytes)].filter(([name]) => name.endsWith('.xml')).map(([, part]) => part.toString('utf8'))
          : [bytes.toString('utf8')];
        for (const part of parts) expect(notInXml.exec(part)?.[0], file).toBeUndefined();
      }

      const documents = written.filter((file) => file.endsWith('.docx'));
      const profile = `file://${path.join(journal.outbox, 'profile')}`;
      await run(
        'soffice',
        [
          `-env:UserInstallation=${profile}`,
          '--headless',
          '--convert-to',
          'pdf',
          '--outdir',
          journal.outbox,
          ...documents,
        ],
        { timeout: 240_000 },
      );
      const pdfs = (await readdir(journal.outbox)).filter((name) => name.endsWith('.pdf'));
      expect(pdfs.length).toBe(documents.length);
      for (const document of documents) {
        const { stdout } = await run('pdftotext', [document.replace(/\.docx$/, '.pdf'), '-'], {
          maxBuffer: 64 * 1024 * 1024,
        });
        const markers = path.basename(document).startsWith('brief') ? { before, after } : inReport;
        expect(stdout, document).toContain(markers.before);
        expect(stdout, document).toContain(markers.after);
      }
      console.log(
        `unicode fuzz (seed ${seed}): ${written.length} files, ${documents.length} DOCX opened in LibreOffice, forbidden characters written 0`,
      );
    },
    400_000,
  );
});
