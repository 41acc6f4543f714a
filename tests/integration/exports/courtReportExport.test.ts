/**
 * Both court-report documents exported from a real vault and read back: the DOCX parts (document,
 * headers, footers, section properties, metadata) and the Markdown; what is logged and what is
 * kept with the version; what never leaves the journal, and the refusal of a report whose text
 * holds private journal text.
 */
import { createHash } from 'node:crypto';
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExportReportRequest } from '../../../src/shared/reports/requests';
import { internalCodes, pendingWords, withheldWords } from '../../unit/exports/courtReportFixtures';
import { reportFor, storeReport, storedReport, withTextIn } from './courtReportSupport';
import { openExportJournal, privateMarkers, textOf, unzip, type ExportJournal } from './support';

let journal: ExportJournal;
let request: (overrides: Partial<ExportReportRequest>) => ExportReportRequest;

beforeAll(async () => {
  journal = await openExportJournal();
  const report = reportFor(journal.caseId);
  await storeReport(journal, report);
  request = (overrides) => ({
    caseId: journal.caseId,
    reportId: report.id,
    kind: 'review',
    format: 'docx',
    language: 'en',
    ...overrides,
  });
}, 60_000);
afterAll(async () => {
  await journal?.close();
});

/** The text of every part of a DOCX that a reader or a property dialog can show. */
function readableParts(parts: Map<string, Buffer>): Map<string, string> {
  const readable = new Map<string, string>();
  for (const [name, data] of parts) {
    if (/^word\/(document|header\d*|footer\d*)\.xml$|^docProps\//.test(name)) readable.set(name, data.toString('utf8'));
  }
  return readable;
}

async function exportDocx(kind: 'review' | 'final', name: string) {
  journal.dialog.answer = path.join(journal.outbox, name);
  const saved = await journal.services.exports.exportReport(request({ kind }));
  if (saved.status !== 'saved') throw new Error('The export was cancelled.');
  const bytes = await readFile(saved.path);
  return { saved, bytes, parts: unzip(bytes) };
}

describe('the review copy as DOCX', () => {
  let parts: Map<string, Buffer>;
  let document = '';
  let everything = '';

  beforeAll(async () => {
    const exported = await exportDocx('review', 'review.docx');
    parts = exported.parts;
    document = parts.get('word/document.xml')?.toString('utf8') ?? '';
    everything = [...readableParts(parts).values()].map(textOf).join('\n');
    expect(exported.saved.sha256).toBe(createHash('sha256').update(exported.bytes).digest('hex'));
  });

  it('suggests a file name from the case alias and the version', () => {
    expect(journal.dialog.asked.at(-1)).toEqual({
      suggestedName: 'court-report-review_familia-r_v1_2025-03-28.docx',
      format: 'docx',
    });
  });

  it('marks every page as a draft: each section uses a header that says so', () => {
    const sections = document.match(/<w:sectPr[\s\S]*?<\/w:sectPr>/g) ?? [];
    expect(sections).toHaveLength(2);
    for (const section of sections) expect(section).toMatch(/<w:headerReference w:type="default" r:id="/);
    const headers = [...parts.keys()].filter((name) => /^word\/header\d*\.xml$/.test(name));
    expect(headers.length).toBeGreaterThan(0);
    for (const header of headers)
      expect(textOf(parts.get(header)!.toString('utf8'))).toContain('DRAFT – for your comments');
  });

  it('numbers the lines of the report and the pages', () => {
    const sections = document.match(/<w:sectPr[\s\S]*?<\/w:sectPr>/g) ?? [];
    // The cover note is not numbered; the report's section is, from line 1, every line.
    expect(sections[0]).not.toContain('w:lnNumType');
    expect(sections[1]).toMatch(/<w:lnNumType w:countBy="1" w:start="1" w:restart="newSection"/);
    const footers = [...parts.keys()].filter((name) => /^word\/footer\d*\.xml$/.test(name));
    expect(footers.length).toBeGreaterThan(0);
    for (const footer of footers) {
      const xml = parts.get(footer)!.toString('utf8');
      expect(xml).toContain('PAGE');
      expect(xml).toContain('NUMPAGES');
      expect(textOf(xml)).toMatch(/Page .* of /);
    }
  });

  it('has the cover note, and a comment space after each of the eight sections', () => {
    const text = textOf(document);
    expect(text).toContain('Before you read');
    expect(text).toContain('This is a draft of the report I will send to Juzgado de Familia de Pudahuel.');
    expect(text).toContain('Please let me have your comments by 2 April 2025');
    expect(text.match(/Your comments on “/g)).toHaveLength(8);
    // Each a box: the heading and prompt, then six ruled lines to write on.
    const boxes = document.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g) ?? [];
    expect(boxes).toHaveLength(8);
    for (const box of boxes) expect(box.match(/<w:tr>/g)).toHaveLength(7);
    const [, afterEighth] = text.split('8. What I will recommend');
    expect(afterEighth).toContain('Your comments on “What I will recommend”');
  });

  it('prints no internal code, no id, no withheld or undecided disclosure, no private text', () => {
    for (const code of [...internalCodes, journal.caseId]) expect(everything, code).not.toContain(code);
    expect(everything).not.toContain(withheldWords);
    expect(everything).not.toContain(pendingWords);
    for (const marker of privateMarkers) expect(everything).not.toContain(marker);
  });

  it('names no one in its metadata', () => {
    const core = parts.get('docProps/core.xml')?.toString('utf8') ?? '';
    expect(core).toContain('<dc:creator>Alianza</dc:creator>');
    expect(core).toContain('<cp:lastModifiedBy>Alianza</cp:lastModifiedBy>');
    expect(core).toContain('<dc:title>Report to the court: draft for your comments</dc:title>');
  });
});

describe('the final report as DOCX', () => {
  let text = '';
  let document = '';
  let sha256 = '';

  beforeAll(async () => {
    const exported = await exportDocx('final', 'final.docx');
    sha256 = exported.saved.sha256;
    document = exported.parts.get('word/document.xml')?.toString('utf8') ?? '';
    text = [...readableParts(exported.parts).values()].map(textOf).join('\n');
  });

  it('has no draft marking and no line numbers, but page numbers', () => {
    expect(text).not.toContain('DRAFT');
    expect(document).not.toContain('w:lnNumType');
    expect(text).toMatch(/Page .* of /);
  });

  it('has the caregiver’s view in their words, and the changes page with every comment verbatim', () => {
    expect(text).toContain('7. The caregiver’s view');
    expect(text).toContain('I do my best and Tomás is happy with me.');
    const changes = document.split('Changes after the caregiver’s review');
    expect(changes).toHaveLength(2);
    // The page starts on a new page.
    expect(changes[0]!.slice(changes[0]!.lastIndexOf('<w:p>'))).toContain('<w:pageBreakBefore/>');
    const page = textOf(changes[1]!);
    expect(page).toContain('The absences were in March, not February.');
    expect(page).toContain('Six months is too long; we already go every week.');
    expect(page).toContain('Version 1 of the draft was given to Rosa Elvira Soto on 24 March 2025, in person.');
  });

  it('keeps what was withheld from the caregiver, and nothing private', () => {
    expect(text).toContain(withheldWords);
    for (const marker of privateMarkers) expect(text).not.toContain(marker);
  });

  it('is logged, and its SHA-256 is kept with the final version', async () => {
    const report = await storedReport(journal, request({}).reportId);
    expect(report?.versions[1]?.documents.at(-1)).toMatchObject({
      kind: 'final',
      format: 'docx',
      fileName: 'final.docx',
      sha256,
    });
    expect(report?.versions[0]?.documents.map((item) => item.kind)).toEqual(['review']);
    const log = await journal.services.exports.listExports(journal.caseId);
    expect(log[0]).toMatchObject({ kind: 'court-report-final', format: 'docx', sha256, recipient: 'The court' });
    expect(log[1]).toMatchObject({ kind: 'court-report-review', recipient: 'The caregiver, for their comments' });
  });
});

describe('the Markdown documents and the refusals', () => {
  it('previews the review copy with numbered lines, and the suggested name', async () => {
    const preview = await journal.services.exports.previewReport(request({ format: 'md', language: 'es' }));
    expect(preview.suggestedFileName).toBe('informe-tribunal-revision_familia-r_v1_2025-03-28.md');
    expect(preview.markdown).toContain('> **BORRADOR – para sus comentarios**');
    expect(preview.markdown).toMatch(/^` {2}1` \*\*Hecho\*\*/m);
    for (const marker of privateMarkers) expect(preview.markdown).not.toContain(marker);
    expect(preview.markdown).not.toContain(withheldWords);
  });

  it('refuses a final report of a report that was never finalised, before asking where to save', async () => {
    const report = reportFor(journal.caseId, { id: 'report-draft-only' });
    await storeReport(journal, { ...report, versions: report.versions.slice(0, 1) });
    const asked = journal.dialog.asked.length;
    await expect(
      journal.services.exports.exportReport({ ...request({ kind: 'final' }), reportId: 'report-draft-only' }),
    ).rejects.toMatchObject({ code: 'report-step' });
    expect(journal.dialog.asked).toHaveLength(asked);
    await expect(
      journal.services.exports.previewReport({ ...request({}), reportId: 'no-such-report' }),
    ).rejects.toMatchObject({ code: 'report-not-found' });
  });

  it('refuses a review copy of a version that is not shared, before asking where to save', async () => {
    // Version 2 is final: a review copy of it would not be the frozen text the caregiver reads.
    const asked = journal.dialog.asked.length;
    await expect(journal.services.exports.exportReport(request({ version: 2 }))).rejects.toMatchObject({
      code: 'report-step',
      message: expect.stringContaining('share the version first'),
    });
    expect(journal.dialog.asked).toHaveLength(asked);
    expect((await journal.services.exports.previewReport(request({ format: 'md' }))).suggestedFileName).toContain(
      '_v1_',
    );
  });

  it('writes and keeps nothing when the save dialog is cancelled', async () => {
    const before = await readdir(journal.outbox);
    const kept = (await storedReport(journal, request({}).reportId))?.versions[0]?.documents.length;
    journal.dialog.answer = undefined;
    expect(await journal.services.exports.exportReport(request({ format: 'md' }))).toEqual({ status: 'cancelled' });
    expect(await readdir(journal.outbox)).toEqual(before);
    expect((await storedReport(journal, request({}).reportId))?.versions[0]?.documents).toHaveLength(kept ?? 0);
  });

  it('refuses a path inside the vault, keeping nothing', async () => {
    await expect(
      journal.services.exports.saveReport(request({ format: 'md' }), path.join(journal.directory, 'copy.md')),
    ).rejects.toMatchObject({ code: 'invalid-request' });
  });
});

describe('private journal text in the report', () => {
  // The tail of a supervision-only sentence of session e1, re-cased and with its accents.
  const leak = 'Por teléfono: dijo que María José NO DUERME.';
  const leaked = withTextIn(reportFor('placeholder', { id: 'report-leak' }), 'recommendations', leak);
  const leakRequest = (overrides: Partial<ExportReportRequest>) => ({ ...request(overrides), reportId: 'report-leak' });

  beforeAll(async () => {
    await storeReport(journal, { ...leaked, caseId: journal.caseId });
  });

  it('refuses both documents in both formats, before the dialog, writing, logging and keeping nothing', async () => {
    const files = await readdir(journal.outbox);
    const logged = await journal.services.exports.listExports(journal.caseId);
    const asked = journal.dialog.asked.length;
    journal.dialog.answer = path.join(journal.outbox, 'leak.docx');
    for (const kind of ['review', 'final'] as const) {
      for (const format of ['docx', 'md'] as const) {
        const refused = await journal.services.exports.exportReport(leakRequest({ kind, format })).catch((e) => e);
        expect(refused, `${kind} ${format}`).toMatchObject({ code: 'report-private-text' });
        expect(refused.message).toContain('statement 1 of “Recommendations”');
        expect(refused.message).not.toMatch(/duerme/i);
        await expect(
          journal.services.exports.saveReport(
            leakRequest({ kind, format }),
            path.join(journal.outbox, `leak.${format}`),
          ),
        ).rejects.toMatchObject({ code: 'report-private-text' });
      }
    }
    expect(journal.dialog.asked).toHaveLength(asked);
    expect(await readdir(journal.outbox)).toEqual(files);
    expect(await journal.services.exports.listExports(journal.caseId)).toEqual(logged);
    expect((await storedReport(journal, 'report-leak'))?.versions.flatMap((version) => version.documents)).toEqual([]);
  });

  it('exports once the journal section is made reportable', async () => {
    const { entries } = await journal.services.journal.getCase(journal.caseId);
    const {
      id: _id,
      history: _history,
      createdAt: _created,
      updatedAt: _updated,
      ...content
    } = entries.find((entry) => entry.id === 'e1')!;
    await journal.services.journal.saveEntry({
      caseId: journal.caseId,
      entryId: 'e1',
      reason: 'para el informe',
      content: {
        ...content,
        sections: content.sections.map((section) =>
          section.id === 's1' ? { ...section, visibility: 'reportable', statementType: 'observation' } : section,
        ),
      },
    });
    journal.dialog.answer = path.join(journal.outbox, 'leak-now-reportable.md');
    const saved = await journal.services.exports.exportReport(leakRequest({ kind: 'final', format: 'md' }));
    expect(saved).toMatchObject({ status: 'saved' });
    expect(await readFile(path.join(journal.outbox, 'leak-now-reportable.md'), 'utf8')).toContain('NO DUERME');
  });
});
