/**
 * A brief sent back by the supervisor, read from the file as their word processor left it: the
 * reference finds the brief among every case's exports, the notes typed under the heading and
 * the comments come out, and every file that is not such a brief is refused for what it is.
 */
import { execFile } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { Document, Packer, Paragraph } from 'docx';
import { unzipSync, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportLogOf } from '../../../src/main/exports/exportLog';
import { briefReference } from '../../../src/main/supervision/briefReference';
import { findReturnedBrief, type FoundBrief } from '../../../src/main/supervision/findReturnedBrief';
import { createReturnedBriefReader } from '../../../src/main/supervision/returnedBriefService';
import { readReturnedBrief, type ReturnedBriefReading } from '../../../src/main/supervision/returnedBrief';
import {
  readReturnedDocument,
  textDocument,
  type ReturnedFormat,
} from '../../../src/main/supervision/returnedDocument';
import { AppError } from '../../../src/shared/ipc/result';
import { editAsSupervisor } from '../../support/supervisorEdits';
import { openExportJournal, type ExportJournal } from '../exports/support';
import { snapshot } from '../reports/support';

let journal: ExportJournal;
let other: ExportJournal;
const briefs: Record<'es' | 'en' | 'other', { path: string; id: string }> = {} as never;

async function exportBrief(from: ExportJournal, language: 'es' | 'en', format: 'docx' | 'md', name: string) {
  const saved = await from.services.exports.saveBrief(
    { caseId: from.caseId, language, from: null, format },
    path.join(from.outbox, name),
  );
  if (saved.status !== 'saved') throw new Error('The brief was not saved.');
  return { path: saved.path, id: saved.record.id };
}

beforeAll(async () => {
  [journal, other] = await Promise.all([openExportJournal(), openExportJournal()]);
  briefs.es = await exportBrief(journal, 'es', 'docx', 'minuta.docx');
  briefs.en = await exportBrief(journal, 'en', 'md', 'brief.md');
  briefs.other = await exportBrief(other, 'es', 'docx', 'otra.docx');
}, 90_000);
afterAll(async () => {
  await Promise.all([journal.close(), other.close()]);
});

/** What the import will do: read the file, read the brief out of it, find the brief it names. */
async function readBack(
  format: ReturnedFormat,
  bytes: Uint8Array,
): Promise<{ reading: ReturnedBriefReading; found?: FoundBrief }> {
  const reading = readReturnedBrief(await readReturnedDocument(format, bytes));
  if (reading.kind !== 'brief') return { reading };
  const open = journal.services.journal.open();
  const found = await findReturnedBrief(
    {
      vaultId: open.session.vaultId,
      caseIds: async () => (await open.store.listCases()).map((summary) => summary.id),
      log: exportLogOf(open.session),
    },
    reading,
  );
  return { reading, found };
}

const supervisorNotes = [
  'Conversar con Madre A por separado antes de la audiencia.',
  'Revisar con NNA 1 el plan de visitas.',
];
const comment = {
  author: 'R. Supervisora',
  text: '¿Qué dijo NNA 1 cuando llegaron tarde?',
  onParagraphContaining: 'llegó tarde con NNA 1',
};

describe('a brief sent back', () => {
  it('finds its brief and reads the notes typed under the heading and the comment, from the DOCX as Word leaves it', async () => {
    const returned = editAsSupervisor(await readFile(briefs.es.path), {
      notes: { heading: 'Notas de la supervisión', paragraphs: supervisorNotes },
      comment,
    });
    const { reading, found } = await readBack('docx', returned);
    expect(reading).toMatchObject({ kind: 'brief', notes: supervisorNotes });
    if (reading.kind !== 'brief') return;
    expect(reading.comments).toEqual([
      { author: 'R. Supervisora', text: comment.text, on: expect.stringContaining('llegó tarde con NNA 1') },
    ]);
    expect(found).toMatchObject({ kind: 'found', caseId: journal.caseId, record: { id: briefs.es.id } });
  });

  it('reads a Markdown brief with notes written after the heading, and notes pasted with the reference', async () => {
    const markdown = await readFile(briefs.en.path, 'utf8');
    const written = `${markdown}\nMeet each adult separately.\n\nAsk the school about the absences.\n`;
    const { reading, found } = await readBack('md', Buffer.from(written));
    expect(reading).toMatchObject({
      kind: 'brief',
      notes: ['Meet each adult separately.', 'Ask the school about the absences.'],
      comments: [],
    });
    expect(found).toMatchObject({ kind: 'found', record: { id: briefs.en.id } });
    const reference = /SB-[0-9A-Z-]{14}/.exec(markdown)![0];
    const pasted = textDocument(`Re: ${reference}\n\nSupervisor’s notes\n\nMeet each adult separately.`, false);
    expect(readReturnedBrief(pasted)).toMatchObject({ kind: 'brief', notes: ['Meet each adult separately.'] });
  });

  it('finds a brief with nothing written in it, and says so by its empty notes', async () => {
    const { reading, found } = await readBack('docx', await readFile(briefs.es.path));
    expect(reading).toMatchObject({ kind: 'brief', notes: [], comments: [] });
    expect(found).toMatchObject({ kind: 'found' });
  });
});

describe('a file that is not a brief sent back', () => {
  it('refuses a foreign DOCX as not a brief', async () => {
    const foreign = new Document({
      sections: [
        { children: [new Paragraph('Acta de reunión de equipo'), new Paragraph('Se acordó revisar los casos.')] },
      ],
    });
    const { reading } = await readBack('docx', await Packer.toBuffer(foreign));
    expect(reading).toEqual({ kind: 'not-a-brief' });
  });

  it('refuses a brief of another journal as such', async () => {
    const { found } = await readBack('docx', await readFile(briefs.other.path));
    expect(found).toEqual({ kind: 'other-journal' });
  });

  it('refuses a reference edited by hand, and one that matches no brief of this journal', async () => {
    const original = await readFile(briefs.es.path);
    const vaultId = journal.services.journal.open().session.vaultId;
    const reference = briefReference(vaultId, briefs.es.id);
    const swap = (to: string) => {
      const parts = new Map(Object.entries(unzipped(original)));
      const xml = new TextDecoder().decode(parts.get('word/document.xml'));
      parts.set('word/document.xml', new TextEncoder().encode(xml.replaceAll(reference, to)));
      return zipped(parts);
    };
    const last = reference.at(-2) === 'A' ? 'B' : 'A';
    const edited = `${reference.slice(0, -2)}${last}${reference.at(-1)}`;
    expect((await readBack('docx', swap(edited))).reading).toMatchObject({ kind: 'altered-reference' });
    const never = briefReference(vaultId, 'an-export-never-made');
    expect((await readBack('docx', swap(never))).found).toEqual({ kind: 'unknown-brief' });
  });

  it('tells a brief whose reference was deleted from a file that is no brief', async () => {
    const markdown = await readFile(briefs.en.path, 'utf8');
    const cut = markdown.replace(/SB-[0-9A-Z-]{14}/g, '');
    expect((await readBack('md', Buffer.from(`${cut}\nNotes.`))).reading).toEqual({ kind: 'no-reference' });
  });

  it('refuses a damaged DOCX, a zip that is no document and random bytes with a specific error', async () => {
    const original = await readFile(briefs.es.path);
    const attempts: [string, Uint8Array, string][] = [
      ['cut short', original.subarray(0, Math.floor(original.length / 2)), 'integrity'],
      ['random bytes', Uint8Array.from({ length: 4096 }, (_, index) => (index * 7919) % 251), 'integrity'],
      [
        'a zip of something else',
        zipped(new Map([['notes.txt', new TextEncoder().encode('hola')]])),
        'unsupported-format',
      ],
    ];
    for (const [what, bytes, code] of attempts) {
      const failure = await readReturnedDocument('docx', bytes).catch((error: unknown) => error);
      expect(failure, what).toBeInstanceOf(AppError);
      expect((failure as AppError).code, what).toBe(code);
    }
  });

  it('is refused through the import as the practitioner meets it, each with its reason, leaving every file as it was', async () => {
    const before = await snapshot(journal.directory);
    const original = await readFile(briefs.es.path);
    const vaultId = journal.services.journal.open().session.vaultId;
    const reference = briefReference(vaultId, briefs.es.id);
    const markdown = (await readFile(briefs.en.path, 'utf8')).replaceAll(
      briefReference(vaultId, briefs.en.id),
      `${reference.slice(0, -2)}${reference.at(-2) === 'A' ? 'B' : 'A'}${reference.at(-1)}`,
    );
    const foreign = new Document({ sections: [{ children: [new Paragraph('Acta de reunión de equipo')] }] });
    const files: [string, Uint8Array, string][] = [
      ['foreign.docx', await Packer.toBuffer(foreign), 'not-a-brief'],
      ['otra.docx', await readFile(briefs.other.path), 'other-journal'],
      ['tampered.md', Buffer.from(`${markdown}\nNotas.`), 'altered-reference'],
      ['damaged.docx', original.subarray(0, Math.floor(original.length / 2)), 'damaged-file'],
    ];
    for (const [name, bytes, reason] of files) {
      const file = path.join(journal.outbox, `refused-${name}`);
      await writeFile(file, bytes);
      const read = createReturnedBriefReader({
        open: () => journal.services.journal.open(),
        chooseFile: async () => file,
      });
      expect(await read({}), name).toEqual({ status: 'refused', reason });
    }
    expect(await snapshot(journal.directory)).toEqual(before);
  });
});

const run = promisify(execFile);
const hasLibreOffice = await run('sh', ['-c', 'command -v soffice']).then(
  () => true,
  () => false,
);

describe.skipIf(!hasLibreOffice && process.env['E2E_REQUIRED'] !== '1')('a brief edited in LibreOffice', () => {
  it('keeps the notes and the comment LibreOffice saved again', async () => {
    const folder = path.join(journal.outbox, 'libreoffice');
    await mkdir(path.join(folder, 'out'), { recursive: true });
    const edited = path.join(folder, 'minuta-editada.docx');
    await writeFile(
      edited,
      editAsSupervisor(await readFile(briefs.es.path), {
        notes: { heading: 'Notas de la supervisión', paragraphs: supervisorNotes },
        comment,
      }),
    );
    // Opened and saved again as DOCX by a real word processor, with a profile of its own.
    await run(
      'soffice',
      [
        `-env:UserInstallation=file://${path.join(folder, 'profile')}`,
        '--headless',
        '--convert-to',
        'docx:MS Word 2007 XML',
        '--outdir',
        path.join(folder, 'out'),
        edited,
      ],
      { timeout: 120_000 },
    );
    const { reading, found } = await readBack('docx', await readFile(path.join(folder, 'out', 'minuta-editada.docx')));
    expect(reading).toMatchObject({ kind: 'brief', notes: supervisorNotes });
    if (reading.kind === 'brief') expect(reading.comments.map((each) => each.text)).toEqual([comment.text]);
    expect(found).toMatchObject({ kind: 'found', record: { id: briefs.es.id } });
  }, 150_000);
});

function unzipped(bytes: Uint8Array): Record<string, Uint8Array> {
  return unzipSync(bytes);
}

function zipped(parts: Map<string, Uint8Array>): Uint8Array {
  return zipSync(Object.fromEntries(parts));
}
