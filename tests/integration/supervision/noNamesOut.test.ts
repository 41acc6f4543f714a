/**
 * After a brief sent back is read and a supervision recorded with its notes, no document the
 * journal exports holds what only the screen shows: a pseudonym followed by the name it stands for.
 * Every brief format, the court report's review copy and final report, in both languages, are
 * written and read back.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { interchangeJson } from '../../../src/main/journal/interchangeJson';
import { createReturnedBriefReader } from '../../../src/main/supervision/returnedBriefService';
import { toInterchange } from '../../../src/shared/domain/interchangeMapping';
import { editAsSupervisor } from '../../support/supervisorEdits';
import { reportFor, storeReport } from '../exports/courtReportSupport';
import { openExportJournal, textOf, unzip, type ExportJournal } from '../exports/support';
import { writeFile } from 'node:fs/promises';

let journal: ExportJournal;
/** The brief's pseudonyms with whom they stand for, as the screen showed them. */
let pseudonyms: { label: string; name: string }[] = [];
/** Every party's names: the screen shows them beside the pseudonyms, no export may. */
const names = ['María José', 'Pérez', 'Tomás', 'Rosa Elvira', 'Ignacio', 'Larraín'];

beforeAll(async () => {
  journal = await openExportJournal();
  const first = await journal.services.exports.saveBrief(
    { caseId: journal.caseId, language: 'es', from: null, format: 'docx' },
    path.join(journal.outbox, 'first.docx'),
  );
  if (first.status !== 'saved') throw new Error('The brief was not saved.');
  const returned = path.join(journal.outbox, 'returned.docx');
  await writeFile(
    returned,
    editAsSupervisor(await readFile(first.path), {
      notes: { heading: 'Notas de la supervisión', paragraphs: ['Ver a Madre A y a NNA 1 por separado.'] },
      comment: { author: 'R. Soto', text: '¿Qué dijo Madre A?', onParagraphContaining: 'llegó tarde con NNA 1' },
    }),
  );
  const read = await createReturnedBriefReader({
    open: () => journal.services.journal.open(),
    chooseFile: async () => returned,
  })({});
  if (read.status !== 'found') throw new Error('The brief sent back was not found.');
  // What the screen shows holds the names; what is recorded is what the supervisor wrote.
  expect(read.brief.pseudonyms.map((each) => each.name)).toContain('María José Pérez');
  pseudonyms = read.brief.pseudonyms;
  await journal.services.journal.recordSupervision({
    caseId: journal.caseId,
    heldOn: '2025-03-20',
    supervisor: 'R. Soto',
    kind: 'individual',
    briefs: [read.brief.exportId],
    remarks: 'Madre A necesita tiempo.',
    visibility: 'supervision',
    actions: [{ what: 'Ver a Madre A por separado' }],
    returned: {
      exportId: read.brief.exportId,
      reference: read.brief.reference,
      notes: read.brief.notes,
      comments: read.brief.comments,
    },
  });
  await storeReport(journal, reportFor(journal.caseId));
}, 120_000);
afterAll(() => journal.close());

async function written(file: string): Promise<string> {
  const bytes = await readFile(file);
  return file.endsWith('.docx')
    ? textOf(unzip(bytes).get('word/document.xml')!.toString('utf8'))
    : bytes.toString('utf8');
}

describe('after a brief sent back is recorded', () => {
  it('no brief, in any format or language, holds a name or a pseudonym followed by its name', async () => {
    for (const language of ['es', 'en'] as const) {
      for (const format of ['docx', 'md', 'html'] as const) {
        const saved = await journal.services.exports.saveBrief(
          { caseId: journal.caseId, language, from: null, format },
          path.join(journal.outbox, `after-${language}.${format}`),
        );
        if (saved.status !== 'saved') throw new Error('The brief was not saved.');
        const text = await written(saved.path);
        expect(text, `${language} ${format}`).toMatch(/Desde la última supervisión|Since the last supervision/);
        for (const name of names) expect(text, `${language} ${format}: ${name}`).not.toContain(name);
        // The remarks and the notes sent back stay in the journal.
        expect(text).not.toContain('necesita tiempo');
        expect(text).not.toContain('por separado.');
      }
    }
  });

  it('the JSON interchange holds the notes as the supervisor wrote them, never a pseudonym followed by its name', async () => {
    const journalCase = await journal.services.journal.getCase(journal.caseId);
    const json = interchangeJson(toInterchange([journalCase], () => [])).toString('utf8');
    expect(json).toContain('Ver a Madre A y a NNA 1 por separado.');
    expect(pseudonyms.length).toBeGreaterThan(1);
    for (const { label, name } of pseudonyms) expect(json).not.toContain(`${label} (${name}`);
  });

  it('the court report’s review copy and final report hold neither the notes sent back nor the remarks', async () => {
    const report = reportFor(journal.caseId);
    for (const kind of ['review', 'final'] as const) {
      for (const format of ['docx', 'md'] as const) {
        const target = path.join(journal.outbox, `report-${kind}.${format}`);
        await journal.services.exports.saveReport(
          { caseId: journal.caseId, reportId: report.id, kind, format, language: 'es' },
          target,
        );
        const text = await written(target);
        // A court report names the family; what it must not hold is the supervision's notes.
        expect(text).not.toContain('Ver a Madre A y a NNA 1 por separado');
        expect(text).not.toContain('necesita tiempo');
      }
    }
  });
});
