import { randomBytes, randomUUID } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createVault } from '../../../src/main/vault/createVault';
import { openVault, openVaultWithRecoveryKey } from '../../../src/main/vault/openVault';
import { AppError, type ErrorCode } from '../../../src/shared/ipc/result';
import { exists, rejection, removeFolder, temporaryFolder, withChecksum } from '../../unit/vault/fixtures';

const passphrase = 'bitácora de supervisión';
let directory: string;
let headerPath: string;
let original: string;
let recoveryKey: string;

beforeAll(async () => {
  directory = await temporaryFolder('alianza-header-');
  headerPath = path.join(directory, 'vault.json');
  const created = await createVault({ directory, passphrase });
  recoveryKey = created.recoveryKey;
  await created.session.writeFile('case:c1', { title: 'Caso' });
  await created.session.lock();
  original = await readFile(headerPath, 'utf8');
});
afterAll(async () => {
  await removeFolder(directory);
});

type Header = Record<string, unknown>;
const leafPaths = [
  'format',
  'version',
  'vaultId',
  'createdAt',
  'kdf.algorithm',
  'kdf.N',
  'kdf.r',
  'kdf.p',
  'kdf.salt',
  'wraps.passphrase.iv',
  'wraps.passphrase.tag',
  'wraps.passphrase.ciphertext',
  'wraps.recovery.salt',
  'wraps.recovery.iv',
  'wraps.recovery.tag',
  'wraps.recovery.ciphertext',
  'mac',
] as const;
type LeafPath = (typeof leafPaths)[number];

function parentOf(header: Header, leaf: string): [Record<string, unknown>, string] {
  const parts = leaf.split('.');
  let node = header;
  for (const part of parts.slice(0, -1)) node = node[part] as Header;
  return [node, parts.at(-1) ?? ''];
}

/** A well-formed replacement value for a field: same type and, for base64, same byte length. */
function wellFormedReplacement(leaf: LeafPath, value: unknown, seed: number): unknown {
  if (leaf === 'vaultId') return randomUUID();
  if (leaf === 'createdAt') return new Date(Date.UTC(2020, 0, 1) + seed * 1000).toISOString();
  if (leaf === 'kdf.N') return (value as number) * 2;
  if (leaf === 'kdf.r' || leaf === 'kdf.p') return (value as number) + 1;
  if (leaf === 'format' || leaf === 'version' || leaf === 'kdf.algorithm') return `${String(value)}x`;
  return randomBytes(Buffer.from(value as string, 'base64').length).toString('base64');
}

/**
 * What opening with the recovery key must answer for a well-formed change of one field: any
 * change fails the checksum (damage); made again on purpose, what the field feeds decides.
 */
function expectedForRecovery(leaf: LeafPath, rechecksummed: boolean): ErrorCode {
  if (!rechecksummed) return 'integrity';
  if (leaf === 'format' || leaf === 'version') return 'unsupported-format';
  // N doubled is still a setting this version creates; r and p above 8 and 1 are not.
  if (leaf === 'kdf.r' || leaf === 'kdf.p') return 'unsupported-parameters';
  if (leaf === 'vaultId' || leaf.startsWith('wraps.recovery.')) return 'wrong-recovery-key';
  return 'integrity';
}

function changed(header: Header, rechecksummed: boolean): string {
  return rechecksummed ? withChecksum(header) : JSON.stringify(header);
}

async function openWithRecovery(header: string): Promise<ErrorCode | 'opened'> {
  await writeFile(headerPath, header);
  try {
    const session = await openVaultWithRecoveryKey({ directory, recoveryKey, holder: 'app' });
    await session.lock();
    return 'opened';
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    expect(await exists(path.join(directory, 'vault.lock'))).toBe(false);
    return (error as AppError).code;
  } finally {
    await writeFile(headerPath, original);
  }
}

describe('a changed vault.json', () => {
  it('opens when untouched', async () => {
    expect(await openWithRecovery(original)).toBe('opened');
  });

  it.each([false, true])(
    'rejects a well-formed change to any field with the code for that field (checksum made again: %s)',
    async (rechecksummed) => {
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...leafPaths), fc.nat({ max: 10_000_000 }), async (leaf, seed) => {
          const header = JSON.parse(original) as Header;
          const [parent, key] = parentOf(header, leaf);
          parent[key] = wellFormedReplacement(leaf, parent[key], seed);
          expect(await openWithRecovery(changed(header, rechecksummed)), leaf).toBe(
            expectedForRecovery(leaf, rechecksummed),
          );
        }),
        { numRuns: 100 },
      );
    },
  );

  it('rejects any flipped character, removed field or added field with a typed error', async () => {
    const allowed: ErrorCode[] = ['integrity', 'unsupported-format', 'unsupported-parameters', 'wrong-recovery-key'];
    await fc.assert(
      fc.asyncProperty(
        fc.nat({ max: original.length - 1 }),
        fc.integer({ min: 1, max: 127 }),
        async (position, flip) => {
          const character = String.fromCharCode(original.charCodeAt(position) ^ flip);
          const edited = `${original.slice(0, position)}${character}${original.slice(position + 1)}`;
          fc.pre(edited !== original);
          const result = await openWithRecovery(edited);
          // Whitespace between JSON tokens is not part of the header: that edit is harmless.
          if (result === 'opened') expect(JSON.parse(edited)).toEqual(JSON.parse(original));
          else expect(allowed, `${position}: ${result}`).toContain(result);
        },
      ),
      { numRuns: 300 },
    );
    for (const leaf of [...leafPaths, 'checksum']) {
      const header = JSON.parse(original) as Header;
      const [parent, key] = parentOf(header, leaf);
      Reflect.deleteProperty(parent, key);
      // Without its checksum a header reads as one written before checksums: it still opens.
      if (leaf === 'checksum') expect(await openWithRecovery(JSON.stringify(header))).toBe('opened');
      else expect(allowed, leaf).toContain(await openWithRecovery(JSON.stringify(header)));
      const extended = JSON.parse(original) as Header;
      const [node] = parentOf(extended, leaf);
      node.extra = 'x';
      expect(await openWithRecovery(JSON.stringify(extended)), leaf).toBe('integrity');
    }
  });

  it.each([
    ['vaultId', 'integrity', 'wrong-passphrase'],
    ['kdf.salt', 'integrity', 'wrong-passphrase'],
    ['kdf.N', 'integrity', 'wrong-passphrase'],
    ['wraps.passphrase.iv', 'integrity', 'wrong-passphrase'],
    ['wraps.passphrase.ciphertext', 'integrity', 'wrong-passphrase'],
    ['createdAt', 'integrity', 'integrity'],
    ['wraps.recovery.tag', 'integrity', 'integrity'],
    ['mac', 'integrity', 'integrity'],
  ] as const)(
    'with the passphrase, a change to %s gives %s (%s with its checksum made again)',
    async (leaf, damaged, edited) => {
      const header = JSON.parse(original) as Header;
      const [parent, key] = parentOf(header, leaf);
      parent[key] = leaf === 'kdf.N' ? 2 ** 18 : wellFormedReplacement(leaf, parent[key], 1);
      try {
        await writeFile(headerPath, JSON.stringify(header));
        const error = await rejection(openVault({ directory, passphrase, holder: 'app' }));
        expect(error.code).toBe(damaged);
        expect(error.file).toBe(headerPath);
        await writeFile(headerPath, withChecksum(header));
        expect((await rejection(openVault({ directory, passphrase, holder: 'app' }))).code).toBe(edited);
      } finally {
        await writeFile(headerPath, original);
      }
    },
  );
});
