import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { alianza } from '../../support/cli';
import { leaks, textOf, unzip } from './support';

const passphrase = 'correct horse battery staple';
const fixture = path.resolve(import.meta.dirname, '../../fixtures/interchange-full.json');
/** Every name of "Familia R." in the fixture, its court reference, and its private texts. */
const forbidden = [
  'Tomás',
  'Rivas',
  'Tomi',
  'Carolina',
  'Caro',
  'Rosa',
  'Muñoz',
  'Jorge',
  'Paula',
  'Soto',
  'Marcela',
  'Díaz',
  'Pudahuel',
  '1482-2024',
  'Noté que hablé más',
  'Me incomodó tener que preguntarle',
  'Tiene razón en parte',
  'Miedo a que',
  'Incomodidad por llegar',
];

let root: string;
let vault: string;

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'alianza-cli-brief-'));
  vault = path.join(root, 'vault');
  await alianza(['init', '--vault', vault, '--passphrase-stdin'], [passphrase]);
  await alianza(['import', fixture, '--vault', vault, '--passphrase-stdin'], [passphrase]);
}, 30_000);
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

const brief = (out: string, ...extra: string[]) =>
  alianza(['brief', '--vault', vault, '--passphrase-stdin', '--json', '--out', out, ...extra], [passphrase]);

describe('alianza brief', () => {
  it('writes a de-identified brief of the case named by its alias, and prints one JSON object', async () => {
    const out = path.join(root, 'brief.md');
    const run = await brief(out, '--case', 'FAMILIA r.', '--format', 'md', '--language', 'es', '--from', 'all');
    expect(run.exitCode).toBe(0);
    const bytes = await readFile(out);
    expect(run.json).toMatchObject({
      ok: true,
      out,
      bytes: bytes.length,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      record: { kind: 'supervision-brief', format: 'md', fileName: 'brief.md', language: 'es' },
    });
    const text = bytes.toString('utf8');
    expect(text).toContain('# Minuta de supervisión: Familia R.');
    expect(text).toContain('## Preguntas para la supervisión');
    expect(leaks(text, forbidden)).toEqual([]);
  });

  it('writes a DOCX by case id, starting where the last brief ended unless told otherwise', async () => {
    const first = await brief(
      path.join(root, 'first.html'),
      '--case',
      'familia r.',
      '--format',
      'html',
      '--from',
      'all',
    );
    const record = first.json['record'] as { caseId: string; period: { to: string } };
    const out = path.join(root, 'brief.docx');
    const run = await brief(out, '--case', record.caseId, '--format', 'docx', '--language', 'en');
    expect(run.exitCode).toBe(0);
    expect(run.json).toMatchObject({ record: { period: { from: record.period.to } } });
    const document = textOf(
      unzip(await readFile(out))
        .get('word/document.xml')!
        .toString('utf8'),
    );
    expect(document).toContain('Supervision brief: Familia R.');
    expect(leaks(document, forbidden)).toEqual([]);
    expect(run.stdout.trim().split('\n')).toHaveLength(1);
  });

  it('refuses an unknown case, a wrong format, --out in the vault or over a file', async () => {
    const out = path.join(root, 'refused.md');
    expect((await brief(out, '--case', 'Familia Z.', '--format', 'md')).json).toMatchObject({
      ok: false,
      error: { code: 'invalid-request', message: expect.stringContaining('Familia Z.') },
    });
    const wrong = await alianza(['brief', '--vault', vault, '--json', '--case', 'x', '--format', 'pdf', '--out', out]);
    expect(wrong.json).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    const inside = await brief(path.join(vault, 'brief.md'), '--case', 'familia r.', '--format', 'md');
    expect(inside.json).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    const existing = path.join(root, 'existing.md');
    await writeFile(existing, 'keep me');
    expect((await brief(existing, '--case', 'familia r.', '--format', 'md')).json).toMatchObject({ ok: false });
    expect(await readFile(existing, 'utf8')).toBe('keep me');
    expect((await brief(existing, '--case', 'familia r.', '--format', 'md', '--force')).exitCode).toBe(0);
  });

  it('keeps the vault healthy: verify checks the export log with everything else', async () => {
    const run = await alianza(['verify', '--vault', vault, '--passphrase-stdin', '--json'], [passphrase]);
    expect(run.json).toMatchObject({ ok: true, problems: [] });
  });
});
