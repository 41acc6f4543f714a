/**
 * The export log's stored formats: a version 1 or 2 file (fixtures of the old formats) reads as
 * version 3 with every entry confirmed, since those versions logged an export only once its file
 * was written; and "since the last brief" starts at the last confirmed brief, never at one whose
 * file may not have been written.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportLogKind } from '../../../src/main/exports/exportLog';
import { caseFileOf } from '../../../src/main/vault/caseFile';
import type { EncryptedFiles } from '../../../src/main/vault/vaultSession';
import { resolvePeriod } from '../../../src/shared/exports/brief/period';
import { caseExportsVersion, lastBrief, type CaseExports } from '../../../src/shared/exports/exportLog';
import { removeFolder, storeFor, temporaryFolder } from '../vault/fixtures';

const caseId = 'case-91aa';
let directory: string;
let files: EncryptedFiles;
beforeEach(async () => {
  directory = await temporaryFolder('alianza-export-log-');
  const store = storeFor(directory);
  files = { readFile: store.read, readFileIfExists: store.readIfExists, writeFile: store.write };
});
afterEach(async () => {
  await removeFolder(directory);
});

async function fixture(name: string): Promise<Record<string, unknown>> {
  const text = await readFile(path.resolve(import.meta.dirname, '../../fixtures/exports', name), 'utf8');
  return JSON.parse(text) as Record<string, unknown>;
}

describe('an export log of an older version', () => {
  it.each(['exports-v1.json', 'exports-v2.json'])(
    '%s reads as the current version, every entry confirmed',
    async (name) => {
      const stored = await fixture(name);
      await files.writeFile(exportLogKind.fileIdOf(caseId), stored);
      const log = caseFileOf(files, exportLogKind);
      const read = await log.read(caseId);
      expect(read.version).toBe(caseExportsVersion);
      const before = stored.exports as Record<string, unknown>[];
      expect(read.exports).toEqual(before.map((entry) => ({ ...entry, status: 'confirmed' })));
      expect(read.safeWords).toEqual(stored.safeWords);
      expect(read.pseudonyms).toEqual(stored.pseudonyms);
      // The next change writes the upgraded form.
      await log.update(caseId, (current) => ({ next: current, result: undefined }));
      const written = (await files.readFile(exportLogKind.fileIdOf(caseId))).data as CaseExports;
      expect(written.version).toBe(caseExportsVersion);
      expect(written.exports.every((entry) => entry.status === 'confirmed')).toBe(true);
    },
  );
});

describe('since the last brief', () => {
  it('starts at the last confirmed brief, not at a newer one that may not have been written', async () => {
    await files.writeFile(exportLogKind.fileIdOf(caseId), await fixture('exports-v2.json'));
    const read = await caseFileOf(files, exportLogKind).read(caseId);
    const confirmed = read.exports[0]!;
    const pending = {
      ...confirmed,
      id: 'export-3',
      exportedAt: '2025-04-04T18:00:00.000Z',
      period: { from: '2025-03-14', to: '2025-04-04' },
      status: 'pending' as const,
    };
    const log = { ...read, exports: [...read.exports, pending] };
    expect(lastBrief(log)?.id).toBe(confirmed.id);
    const period = resolvePeriod({}, lastBrief(log));
    console.warn(
      `last brief: a pending brief to ${pending.period.to} is passed over; the next brief starts ${String(period.from)} (${period.source})`,
    );
    expect(period).toEqual({ from: '2025-03-14', source: 'last-brief' });
  });
});
