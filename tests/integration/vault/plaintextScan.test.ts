import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createVault } from '../../../src/main/vault/createVault';
import { keyBuffersForTesting } from '../../../src/main/vault/vaultSession';
import { allFiles, removeFolder, temporaryFolder } from '../../unit/vault/fixtures';

const marker = 'MARCADOR-Ñandú-7f3a-confidencial';
const passphrase = 'la frase secreta del diario';
const newPassphrase = 'y otra frase secreta distinta';

let directory: string;
const secrets: { label: string; bytes: Buffer }[] = [];

beforeAll(async () => {
  directory = await temporaryFolder('alianza-scan-');
  const { recoveryKey, session } = await createVault({ directory, passphrase });
  for (const key of keyBuffersForTesting(session)) secrets.push({ label: 'key', bytes: Buffer.from(key) });
  const text = (index: number) =>
    `Sesión ${index}: la madre (${marker}) dijo que el tribunal no le avisó de la audiencia. ` +
    `I felt questioned when she said it; ${marker} — 母亲 — مراجعة`;
  await session.writeFile('index', { cases: [{ id: 'c1', title: `Familia ${marker}` }] });
  for (let round = 0; round < 3; round++) {
    await session.writeFile('case:c1', {
      title: `Familia ${marker}`,
      entries: Array.from({ length: 20 + round }, (_, index) => ({ id: `e${index}`, text: text(index) })),
    });
    await session.writeFile('draft:d1', { text: text(round) });
  }
  await session.changePassphrase(newPassphrase);
  await session.lock();
  secrets.push(
    { label: 'marker', bytes: Buffer.from(marker, 'utf8') },
    { label: 'marker without accents', bytes: Buffer.from('MARCADOR', 'utf8') },
    { label: 'old passphrase', bytes: Buffer.from(passphrase, 'utf8') },
    { label: 'new passphrase', bytes: Buffer.from(newPassphrase, 'utf8') },
    { label: 'recovery key', bytes: Buffer.from(recoveryKey, 'utf8') },
    { label: 'recovery key, compact', bytes: Buffer.from(recoveryKey.replace(/-/g, ''), 'utf8') },
  );
});
afterAll(async () => {
  await removeFolder(directory);
});

describe('what is on disk', () => {
  it('never contains the text, the passphrases, the recovery key or any key in plain form', async () => {
    const files = await allFiles(directory);
    expect(files.length).toBeGreaterThanOrEqual(6);
    for (const file of files) {
      const bytes = await readFile(file);
      for (const secret of secrets) {
        expect(bytes.indexOf(secret.bytes), `${secret.label} in ${file}`).toBe(-1);
        if (secret.label === 'key') {
          expect(bytes.indexOf(Buffer.from(secret.bytes.toString('base64'))), `base64 key in ${file}`).toBe(-1);
          expect(bytes.indexOf(Buffer.from(secret.bytes.toString('hex'))), `hex key in ${file}`).toBe(-1);
        }
      }
    }
  });
});
