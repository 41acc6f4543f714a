import { createHash } from 'node:crypto';
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backupVault } from '../../../src/main/backup/archive';
import { createRouter } from '../../../src/main/ipc/router';
import { createHandlers } from '../../../src/main/handlers/createHandlers';
import { ipcChannel } from '../../../src/shared/ipc/names';
import { verifyVault } from '../../../src/main/vault/verifyVault';
import { rejection } from '../../unit/vault/fixtures';
import {
  leaks,
  openExportJournal,
  passphrase,
  privateMarkers,
  textOf,
  unzip,
  withoutReference,
  type ExportJournal,
} from './support';
import { briefReference, journalTag, readReference } from '../../../src/main/supervision/briefReference';

let journal: ExportJournal;
const saved: Record<string, string> = {};
const logged: Record<string, string> = {};

beforeAll(async () => {
  journal = await openExportJournal();
  for (const format of ['docx', 'md', 'html'] as const) {
    journal.dialog.answer = path.join(journal.outbox, `brief.${format}`);
    const result = await journal.services.exports.exportBrief({
      caseId: journal.caseId,
      language: 'es',
      // Each export would otherwise start where the one before it ended.
      from: null,
      format,
      recipient: 'Supervisión con R. el martes',
    });
    if (result.status !== 'saved') throw new Error('The export was not saved.');
    saved[format] = result.path;
    logged[format] = result.record.id;
  }
}, 60_000);
afterAll(async () => {
  await journal.close();
});

const headings = [
  'Minuta de supervisión',
  'Preguntas para la supervisión',
  'La alianza en el tiempo',
  'Tensiones y rupturas',
];
const moreHeadings = ['El estado de quien interviene', 'Extractos', 'Notas de la supervisión'];

describe('the reference each file carries', () => {
  it('is made from the vault and the log entry of that file, and is read back from the file itself', async () => {
    const vaultId = journal.services.journal.open().session.vaultId;
    const references = new Set<string>();
    for (const format of ['docx', 'md', 'html'] as const) {
      const bytes = await readFile(saved[format]!);
      const text =
        format === 'docx' ? textOf(unzip(bytes).get('word/document.xml')!.toString('utf8')) : bytes.toString('utf8');
      const expected = briefReference(vaultId, logged[format]!);
      expect(readReference(text), format).toEqual({ kind: 'found', reference: expected, tag: journalTag(vaultId) });
      references.add(expected);
    }
    expect(references.size).toBe(3);
    const footer = [...unzip(await readFile(saved['docx']!))].find(([name]) => name.startsWith('word/footer'));
    expect(textOf(footer![1].toString('utf8'))).toContain(briefReference(vaultId, logged['docx']!));
  });
});

describe('the DOCX brief', () => {
  it('has the headings, the questions and the supervision excerpts, de-identified', async () => {
    const parts = unzip(await readFile(saved['docx']!));
    const document = textOf(parts.get('word/document.xml')!.toString('utf8'));
    for (const heading of [...headings, ...moreHeadings]) expect(document).toContain(heading);
    expect(document).toContain('¿Cómo hablo con Madre A de las inasistencias de NNA 1 sin amenazar?');
    expect(document).toContain('(Madre A) llegó tarde con NNA 1 desde [dirección eliminada]');
    expect(document).toContain('Persona cuidadora A refiere que el profesor Profesional A citó a [nombre].');
    expect(document).toContain('Agotamiento, pero NNA 1 sonrió.');
  });

  it('names no one and holds no private text, in any part of the file, charts and metadata included', async () => {
    const parts = unzip(await readFile(saved['docx']!));
    expect([...parts.keys()]).toEqual(expect.arrayContaining(['docProps/core.xml', 'word/document.xml']));
    expect([...parts.keys()].some((name) => name.endsWith('.svg'))).toBe(true);
    for (const [name, bytes] of parts) {
      if (name.endsWith('.png')) continue;
      expect(leaks(textOf(bytes.toString('utf8'))), name).toEqual([]);
    }
  });

  it('says who made it and what it is, without naming anyone', async () => {
    const core = unzip(await readFile(saved['docx']!))
      .get('docProps/core.xml')!
      .toString('utf8');
    expect(core).toContain('<dc:title>Minuta de supervisión: Familia R.</dc:title>');
    expect(core).toContain('<dc:creator>Alianza</dc:creator>');
    expect(core).toContain('<cp:lastModifiedBy>Alianza</cp:lastModifiedBy>');
  });
});

describe('the Markdown and HTML briefs', () => {
  it('have the same headings and texts, and none of the names or private text', async () => {
    for (const format of ['md', 'html'] as const) {
      const text = await readFile(saved[format]!, 'utf8');
      const plain = format === 'html' ? textOf(text) : text;
      for (const heading of [...headings, ...moreHeadings]) expect(plain, format).toContain(heading);
      expect(plain).toContain('¿Informo lo que Persona cuidadora A contó de Madre A?');
      expect(leaks(plain), format).toEqual([]);
    }
  });

  it('is one self-contained HTML page with the chart inline and nothing that runs', async () => {
    const html = await readFile(saved['html']!, 'utf8');
    expect(html).toContain('<svg');
    expect(html).not.toMatch(/<script|<iframe|<img|<link/i);
    expect(html.replaceAll('xmlns="http://www.w3.org/2000/svg"', '')).not.toMatch(/https?:\/\//);
  });

  it('previews exactly what the HTML export wrote', async () => {
    const preview = await journal.services.exports.previewBrief({ caseId: journal.caseId, language: 'es', from: null });
    const html = await readFile(saved['html']!, 'utf8');
    const markdown = await readFile(saved['md']!, 'utf8');
    expect(html).toMatch(/<strong>Referencia:<\/strong> SB-/);
    expect(markdown).toMatch(/\*\*Referencia:\*\* SB-/);
    expect(preview.html).toBe(withoutReference(html, 'es'));
    expect(preview.html).toContain(preview.body);
    expect(preview.markdown).toBe(withoutReference(markdown, 'es'));
  });
});

describe('the preview', () => {
  it('lists what was replaced and warns about a name nobody listed', async () => {
    const preview = await journal.services.exports.previewBrief({ caseId: journal.caseId, language: 'es', from: null });
    expect(preview.warnings.map((warning) => warning.word)).toContain('Ximena');
    expect(preview.replacements).toEqual(
      expect.arrayContaining([
        { kind: 'name', original: 'MARÍA JOSÉ', replacement: 'Madre A', count: 1 },
        {
          kind: 'court-reference',
          original: 'RIT C-1234-2024',
          replacement: '[referencia judicial eliminada]',
          count: 1,
        },
      ]),
    );
    expect(preview.suggestedFileNames.docx).toBe('minuta-supervision_familia-r_2025-03-28.docx');
    expect(leaks(preview.html, privateMarkers)).toEqual([]);
  });

  it('stops warning about a word marked safe, for this case, after the vault is locked and opened again', async () => {
    const { exports, vault } = journal.services;
    expect(await exports.markSafeWord({ caseId: journal.caseId, word: 'XIMENA' })).toEqual({ safeWords: ['XIMENA'] });
    await vault.lock();
    await vault.unlock(passphrase);
    const preview = await exports.previewBrief({ caseId: journal.caseId, language: 'es', from: null });
    expect(preview.warnings.map((warning) => warning.word)).not.toContain('Ximena');
    expect(preview.safeWords).toEqual(['XIMENA']);
    expect(await exports.unmarkSafeWord({ caseId: journal.caseId, word: 'ximena' })).toEqual({ safeWords: [] });
  });

  it('replaces a word marked as a name once it is an alias of a party', async () => {
    const { journal: cases, exports } = journal.services;
    const current = await cases.getCase(journal.caseId);
    const parties = current.parties.map((party) =>
      party.id === 'p-teacher' ? { ...party, aliases: [...party.aliases, 'Ximena'] } : party,
    );
    await cases.updateCase({ caseId: journal.caseId, parties });
    const preview = await exports.previewBrief({ caseId: journal.caseId, language: 'es', from: null });
    expect(preview.warnings.map((warning) => warning.word)).not.toContain('Ximena');
    expect(preview.markdown).toContain('Profesional A, la vecina');
  });

  it('starts, by default, where the last brief ended', async () => {
    const preview = await journal.services.exports.previewBrief({ caseId: journal.caseId, language: 'en' });
    expect(preview.periodSource).toBe('last-brief');
    expect(preview.facts.period).toEqual({ from: '2025-03-28', to: '2025-03-28' });
    expect(preview.facts.sessions).toBe(0);
  });
});

describe('the export log', () => {
  it('records every export with when, for whom, the file name and its SHA-256, newest first', async () => {
    const records = await journal.services.exports.listExports(journal.caseId);
    expect(records.map((record) => record.format)).toEqual(['html', 'md', 'docx']);
    for (const record of records) {
      const bytes = await readFile(saved[record.format]!);
      expect(record).toMatchObject({
        caseId: journal.caseId,
        kind: 'supervision-brief',
        recipient: 'Supervisión con R. el martes',
        fileName: `brief.${record.format}`,
        bytes: bytes.length,
        language: 'es',
        period: { from: '2025-03-14', to: '2025-03-28' },
        sha256: createHash('sha256').update(bytes).digest('hex'),
      });
    }
  });

  it("logs a file made elsewhere from the brief's HTML, such as the shell's PDF", async () => {
    const bytes = Buffer.from('%PDF-1.7 a brief printed by the shell');
    const file = {
      caseId: journal.caseId,
      kind: 'supervision-brief' as const,
      format: 'pdf' as const,
      bytes,
      language: 'es' as const,
      period: { from: '2025-03-14', to: '2025-03-28' },
    };
    const result = await journal.services.exports.saveExportFile({
      ...file,
      path: path.join(journal.outbox, 'brief.pdf'),
    });
    expect(result.record).toMatchObject({ format: 'pdf', fileName: 'brief.pdf', bytes: bytes.length });
    expect(await readFile(result.path)).toEqual(bytes);
    const refused = journal.services.exports.saveExportFile({
      ...file,
      path: path.join(journal.directory, 'brief.pdf'),
    });
    expect((await rejection(refused)).code).toBe('invalid-request');
  });

  it('is an encrypted vault file that verify checks and backups carry', async () => {
    const files = await readdir(path.join(journal.directory, 'exports'));
    expect(files).toEqual([`${journal.caseId}.alz`]);
    const stored = await readFile(path.join(journal.directory, 'exports', files[0]!));
    expect(stored.includes('brief.docx')).toBe(false);
    const session = journal.services.vault.session();
    const report = await verifyVault(session);
    expect(report.problems).toEqual([]);
    await journal.services.vault.lock();
    const archive = path.join(journal.outbox, 'backup.alzb');
    await backupVault(journal.directory, archive, () => new Date());
    expect((await readFile(archive)).includes(`exports/${journal.caseId}.alz`)).toBe(true);
    await journal.services.vault.unlock(passphrase);
  });
});

describe('where an export may go', () => {
  const request = () => ({ caseId: journal.caseId, language: 'en' as const, format: 'md' as const });

  it('writes and logs nothing when the save dialog is cancelled', async () => {
    journal.dialog.answer = undefined;
    const before = (await journal.services.exports.listExports(journal.caseId)).length;
    expect(await journal.services.exports.exportBrief(request())).toEqual({ status: 'cancelled' });
    expect(journal.dialog.asked.at(-1)).toEqual({
      suggestedName: 'supervision-brief_familia-r_2025-03-28.md',
      format: 'md',
    });
    expect(await journal.services.exports.listExports(journal.caseId)).toHaveLength(before);
  });

  it.each([
    ['inside the vault', (directory: string) => path.join(directory, 'brief.md')],
    ['inside a vault folder', (directory: string) => path.join(directory, 'cases', 'brief.md')],
    ['with the wrong extension', (_: string, outbox: string) => path.join(outbox, 'brief.docx')],
    ['in a folder that does not exist', (_: string, outbox: string) => path.join(outbox, 'missing', 'brief.md')],
    ['relative', () => 'brief.md'],
  ])('refuses a path %s', async (_label, choose) => {
    journal.dialog.answer = choose(journal.directory, journal.outbox);
    const error = await rejection(journal.services.exports.exportBrief(request()));
    expect(error.code).toBe('invalid-request');
  });

  it('refuses a case that does not exist and a period that ends before it starts', async () => {
    const { exports } = journal.services;
    expect((await rejection(exports.markSafeWord({ caseId: 'no-such-case', word: 'X' }))).code).toBe('missing-file');
    expect(
      (
        await rejection(
          exports.previewBrief({ caseId: journal.caseId, language: 'en', from: '2025-03-20', to: '2025-03-01' }),
        )
      ).code,
    ).toBe('invalid-request');
  });
});

describe('the channels', () => {
  it('answer through the router with responses that pass the contract', async () => {
    const router = createRouter({ handlers: createHandlers(journal.services), isTrustedSender: () => true });
    const sender = { url: 'app://alianza/' };
    const preview = await router.dispatch(
      ipcChannel('previewBrief'),
      { caseId: journal.caseId, language: 'en', from: null, parts: ['questions', 'excerpts'] },
      sender,
    );
    expect(preview).toMatchObject({ ok: true, value: { facts: { sessions: 2 } } });
    const listed = await router.dispatch(ipcChannel('listExports'), { caseId: journal.caseId }, sender);
    expect(listed).toMatchObject({ ok: true });
    const refused = await router.dispatch(
      ipcChannel('exportBrief'),
      { caseId: journal.caseId, language: 'en' },
      sender,
    );
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
  });

  it('refuse to work while the journal is locked', async () => {
    await journal.services.vault.lock();
    const error = await rejection(journal.services.exports.previewBrief({ caseId: journal.caseId, language: 'en' }));
    expect(error.code).toBe('locked');
    await journal.services.vault.unlock(passphrase);
  });
});
