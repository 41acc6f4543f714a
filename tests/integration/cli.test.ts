import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { alianza } from '../support/cli';

const passphrase = 'correct horse battery staple';
let root: string;
let vault: string;

beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'alianza-cli-'));
  vault = path.join(root, 'vault');
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('the alianza CLI', () => {
  it('creates a vault and prints the recovery key once, as one JSON object', async () => {
    const run = await alianza(['init', '--vault', vault, '--passphrase-stdin', '--json'], [passphrase]);
    expect(run.exitCode).toBe(0);
    expect(run.json).toEqual({ ok: true, vault, recoveryKey: expect.stringMatching(/^[0-9A-Z]{4}(-[0-9A-Z]{4})+$/) });
  });

  it('verifies a healthy vault, then reports a damaged file by path and exits non-zero', async () => {
    await alianza(['init', '--vault', vault, '--passphrase-stdin'], [passphrase]);
    const healthy = await alianza(['verify', '--vault', vault, '--passphrase-stdin', '--json'], [passphrase]);
    expect(healthy.exitCode).toBe(0);
    expect(healthy.json).toMatchObject({ ok: true, problems: [] });

    const index = path.join(vault, 'index.alz');
    const bytes = await readFile(index);
    bytes[bytes.length - 1] = bytes[bytes.length - 1]! ^ 0x01;
    await writeFile(index, bytes);
    const damaged = await alianza(['verify', '--vault', vault, '--passphrase-stdin', '--json'], [passphrase]);
    expect(damaged.exitCode).toBe(1);
    expect(damaged.json).toMatchObject({ ok: false, problems: [{ path: index, code: 'integrity' }] });
  });

  it('refuses a wrong passphrase with a typed error', async () => {
    await alianza(['init', '--vault', vault, '--passphrase-stdin'], [passphrase]);
    const run = await alianza(['verify', '--vault', vault, '--passphrase-stdin', '--json'], ['not it at all']);
    expect(run.exitCode).toBe(1);
    expect(run.json).toMatchObject({ ok: false, error: { code: 'wrong-passphrase' } });
  });

  it('changes the passphrase, and recovers with the recovery key', async () => {
    const created = await alianza(['init', '--vault', vault, '--passphrase-stdin', '--json'], [passphrase]);
    const recoveryKey = String(created.json['recoveryKey']);
    const next = 'a brand new passphrase';
    expect(
      (await alianza(['change-passphrase', '--vault', vault, '--passphrase-stdin'], [passphrase, next])).exitCode,
    ).toBe(0);
    expect(
      (await alianza(['verify', '--vault', vault, '--passphrase-stdin', '--json'], [passphrase])).json,
    ).toMatchObject({
      error: { code: 'wrong-passphrase' },
    });
    const third = 'the third passphrase here';
    const recovered = await alianza(
      ['recover', '--vault', vault, '--passphrase-stdin', '--json'],
      [recoveryKey, third],
    );
    expect(recovered.exitCode).toBe(0);
    expect((await alianza(['verify', '--vault', vault, '--passphrase-stdin', '--json'], [third])).exitCode).toBe(0);
  });

  it('backs up to one archive and restores it into an empty folder, refusing a damaged archive', async () => {
    await alianza(['init', '--vault', vault, '--passphrase-stdin'], [passphrase]);
    const archive = path.join(root, 'backup.alzb');
    const backup = await alianza(['backup', '--vault', vault, '--out', archive, '--json']);
    expect(backup.json).toMatchObject({ ok: true, out: archive, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });

    const restored = path.join(root, 'restored');
    expect((await alianza(['restore', archive, '--vault', restored, '--json'])).exitCode).toBe(0);
    expect(
      (await alianza(['verify', '--vault', restored, '--passphrase-stdin', '--json'], [passphrase])).exitCode,
    ).toBe(0);

    const refused = await alianza(['restore', archive, '--vault', restored, '--json']);
    expect(refused.json).toMatchObject({ ok: false, error: { code: 'vault-exists' } });

    const bytes = await readFile(archive);
    bytes[100] = bytes[100]! ^ 0xff;
    await writeFile(archive, bytes);
    const other = path.join(root, 'other');
    const damaged = await alianza(['restore', archive, '--vault', other, '--json']);
    expect(damaged.json).toMatchObject({ ok: false, error: { code: 'integrity', file: archive } });
  });

  it('refuses a vault the app has open', async () => {
    await alianza(['init', '--vault', vault, '--passphrase-stdin'], [passphrase]);
    await writeFile(
      path.join(vault, 'vault.lock'),
      JSON.stringify({
        pid: process.pid,
        hostname: (await import('node:os')).hostname(),
        startedAt: new Date().toISOString(),
        holder: 'app',
      }),
    );
    const run = await alianza(['verify', '--vault', vault, '--passphrase-stdin', '--json'], [passphrase]);
    expect(run.json).toMatchObject({ ok: false, error: { code: 'vault-in-use' } });
  });

  it('explains usage mistakes as typed errors', async () => {
    expect((await alianza(['frobnicate', '--vault', vault, '--json'])).json).toMatchObject({
      ok: false,
      error: { code: 'invalid-request' },
    });
    expect((await alianza(['verify', '--json'])).json).toMatchObject({ error: { code: 'invalid-request' } });
    expect((await alianza(['verify', '--vault', vault, '--bogus', '--json'])).json).toMatchObject({
      error: { code: 'invalid-request' },
    });
  });
});

describe('import and export-json', () => {
  const fixture = path.resolve(import.meta.dirname, '../fixtures/interchange-full.json');

  it('lists the open actions agreed in supervision, of every open case or of the one named', async () => {
    await alianza(['init', '--vault', vault, '--passphrase-stdin'], [passphrase]);
    await alianza(['import', fixture, '--vault', vault, '--passphrase-stdin'], [passphrase]);
    const all = await alianza(['actions', '--vault', vault, '--passphrase-stdin', '--json'], [passphrase]);
    expect(all.exitCode).toBe(0);
    expect(all.json).toEqual({
      ok: true,
      actions: [
        {
          caseId: expect.any(String),
          caseAlias: 'Familia R.',
          actionId: 'act-2',
          what: 'Consultar al colegio por las inasistencias',
          agreedOn: '2024-10-24',
          supervisor: 'R. Soto',
        },
      ],
    });
    const text = await alianza(
      ['actions', '--vault', vault, '--passphrase-stdin', '--case', 'familia r.'],
      [passphrase],
    );
    expect(text.stdout).toContain(
      'Familia R.: Consultar al colegio por las inasistencias (agreed with R. Soto on 2024-10-24)',
    );
    const closed = await alianza(
      ['actions', '--vault', vault, '--passphrase-stdin', '--case', 'Familia M.'],
      [passphrase],
    );
    expect(closed.stdout).toContain('No action agreed in supervision is open.');
  });

  it('imports the interchange file and exports it back with every field', async () => {
    await alianza(['init', '--vault', vault, '--passphrase-stdin'], [passphrase]);
    const imported = await alianza(['import', fixture, '--vault', vault, '--passphrase-stdin', '--json'], [passphrase]);
    expect(imported.json).toMatchObject({ ok: true, imported: { cases: expect.any(Number) } });

    const out = path.join(root, 'export.json');
    const exported = await alianza(
      ['export-json', '--out', out, '--vault', vault, '--passphrase-stdin', '--json'],
      [passphrase],
    );
    expect(exported.exitCode).toBe(0);
    expect(exported.stderr).toContain('NOT encrypted');
    const original = JSON.parse(await readFile(fixture, 'utf8')) as { cases: { alias: string }[] };
    const roundTrip = JSON.parse(await readFile(out, 'utf8')) as { cases: { alias: string }[] };
    const byAlias = (document: { cases: { alias: string }[] }) =>
      [...document.cases].sort((a, b) => a.alias.localeCompare(b.alias));
    expect(byAlias(roundTrip)).toEqual(byAlias(original));
  });

  it('refuses a malformed file with the place it is malformed, and changes nothing', async () => {
    await alianza(['init', '--vault', vault, '--passphrase-stdin'], [passphrase]);
    await alianza(['import', fixture, '--vault', vault, '--passphrase-stdin'], [passphrase]);
    const before = await snapshot(vault);

    const document = JSON.parse(await readFile(fixture, 'utf8')) as {
      cases: { alias: string; entries: { sections: { visibility: string }[] }[] }[];
    };
    document.cases.forEach((journalCase) => (journalCase.alias = `${journalCase.alias} (2)`));
    document.cases[0]!.entries[0]!.sections[0]!.visibility = 'public';
    const broken = path.join(root, 'broken.json');
    await writeFile(broken, JSON.stringify(document));
    const run = await alianza(['import', broken, '--vault', vault, '--passphrase-stdin', '--json'], [passphrase]);
    expect(run.exitCode).toBe(1);
    expect(run.json).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(String((run.json['error'] as { message: string }).message)).toContain(
      'cases[0].entries[0].sections[0].visibility',
    );
    expect(await snapshot(vault)).toEqual(before);

    const duplicate = await alianza(
      ['import', fixture, '--vault', vault, '--passphrase-stdin', '--json'],
      [passphrase],
    );
    expect(duplicate.json).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(await snapshot(vault)).toEqual(before);
  });
});

/** Every file under the vault with its bytes, to prove nothing changed. */
async function snapshot(directory: string): Promise<Record<string, string>> {
  const { readdir } = await import('node:fs/promises');
  const entries = await readdir(directory, { withFileTypes: true, recursive: true });
  const files: Record<string, string> = {};
  for (const entry of entries.filter((item) => item.isFile() && item.name !== 'vault.lock')) {
    const file = path.join(entry.parentPath, entry.name);
    files[path.relative(directory, file)] = (await readFile(file)).toString('base64');
  }
  return files;
}

describe('safety of outputs and arguments', () => {
  it('refuses --out inside the vault, and will not overwrite a file without --force', async () => {
    await alianza(['init', '--vault', vault, '--passphrase-stdin'], [passphrase]);
    const inside = await alianza(['backup', '--vault', vault, '--out', path.join(vault, 'backup.alzb'), '--json']);
    expect(inside.json).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    const header = await alianza(
      ['export-json', '--vault', vault, '--out', path.join(vault, 'vault.json'), '--passphrase-stdin', '--json'],
      [passphrase],
    );
    expect(header.json).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    const existing = path.join(root, 'exists.json');
    await writeFile(existing, 'keep me');
    const refused = await alianza(['backup', '--vault', vault, '--out', existing, '--json']);
    expect(refused.json).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(await readFile(existing, 'utf8')).toBe('keep me');
    expect((await alianza(['backup', '--vault', vault, '--out', existing, '--force', '--json'])).exitCode).toBe(0);
  });

  it('leaves a stray plaintext file in the vault folder out of the backup', async () => {
    await alianza(['init', '--vault', vault, '--passphrase-stdin'], [passphrase]);
    await writeFile(path.join(vault, 'notes.txt'), 'SECRET-PLAINTEXT-MARKER');
    const archive = path.join(root, 'backup.alzb');
    await alianza(['backup', '--vault', vault, '--out', archive]);
    expect((await readFile(archive)).includes('SECRET-PLAINTEXT-MARKER')).toBe(false);
  });

  it('refuses a secret given as an argument instead of ignoring it', async () => {
    await alianza(['init', '--vault', vault, '--passphrase-stdin'], [passphrase]);
    const run = await alianza(['recover', 'ABCD-EFGH', '--vault', vault, '--json']);
    expect(run.json).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(String((run.json['error'] as { message: string }).message)).toContain('never passed as arguments');
  });

  it('refuses a weak new passphrase', async () => {
    const run = await alianza(['init', '--vault', vault, '--passphrase-stdin', '--json'], ['password12']);
    expect(run.json).toMatchObject({ ok: false, error: { code: 'weak-passphrase' } });
  });
});
