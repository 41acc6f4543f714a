import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { Low } from 'lowdb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { EncryptedAdapter } from '../../../src/main/vault/encryptedAdapter';
import type { EncryptedFiles } from '../../../src/main/vault/vaultSession';
import { exists, rejection, removeFolder, storeFor, temporaryFolder } from './fixtures';

let directory: string;
let files: EncryptedFiles;
beforeEach(async () => {
  directory = await temporaryFolder('alianza-adapter-');
  const store = storeFor(directory);
  files = { readFile: store.read, readFileIfExists: store.readIfExists, writeFile: store.write };
});
afterEach(async () => {
  await removeFolder(directory);
});

const caseSchema = z.strictObject({
  title: z.string(),
  entries: z.array(z.strictObject({ id: z.string(), text: z.string() })),
});
type CaseData = z.infer<typeof caseSchema>;
const empty: CaseData = { title: '', entries: [] };

describe('the encrypted lowdb adapter', () => {
  it('creates a new file, then reads it back in a new Low', async () => {
    const adapter = new EncryptedAdapter<CaseData>(files, 'case:c1', { schema: caseSchema, mustExist: false });
    const db = new Low(adapter, empty);
    await db.read();
    expect(db.data).toEqual(empty);
    db.data.title = 'Familia Pérez';
    await db.update((data) => data.entries.push({ id: 'e1', text: 'La abuela pidió otra visita.' }));
    expect(adapter.generation).toBe(1);
    await db.write();
    expect(adapter.generation).toBe(2);

    const reopened = new Low(new EncryptedAdapter<CaseData>(files, 'case:c1', { schema: caseSchema }), empty);
    await reopened.read();
    expect(reopened.data).toEqual({
      title: 'Familia Pérez',
      entries: [{ id: 'e1', text: 'La abuela pidió otra visita.' }],
    });
    expect(await readFile(path.join(directory, 'cases', 'c1.alz'))).not.toContain(Buffer.from('abuela'));
  });

  it('throws missing-file for a file that must exist, and writes nothing in its place', async () => {
    const db = new Low(new EncryptedAdapter<CaseData>(files, 'case:gone', { schema: caseSchema }), empty);
    const error = await rejection(db.read());
    expect(error.code).toBe('missing-file');
    expect(error.file).toBe(path.join(directory, 'cases', 'gone.alz'));
    expect(await exists(path.join(directory, 'cases', 'gone.alz'))).toBe(false);
  });

  it('throws missing-file when a file written earlier has disappeared', async () => {
    const adapter = new EncryptedAdapter<CaseData>(files, 'case:c2', { mustExist: false });
    await new Low(adapter, empty).write();
    await rm(path.join(directory, 'cases', 'c2.alz'));
    const db = new Low(new EncryptedAdapter<CaseData>(files, 'case:c2'), empty);
    expect((await rejection(db.read())).code).toBe('missing-file');
  });

  it('reads a stored null (a fresh index) as "use the defaults"', async () => {
    await files.writeFile('index', null);
    const db = new Low(
      new EncryptedAdapter(files, 'index', { schema: z.strictObject({ cases: z.array(z.string()) }) }),
      {
        cases: ['default'],
      },
    );
    await db.read();
    expect(db.data).toEqual({ cases: ['default'] });
  });

  it('refuses content that does not match the schema, naming the file', async () => {
    await files.writeFile('case:c3', { title: 3 });
    const db = new Low(new EncryptedAdapter<CaseData>(files, 'case:c3', { schema: caseSchema }), empty);
    const error = await rejection(db.read());
    expect(error.code).toBe('unsupported-format');
    expect(error.message).toContain('case:c3');
    expect(db.data).toEqual(empty);
  });
});
