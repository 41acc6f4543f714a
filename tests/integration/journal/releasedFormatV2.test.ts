/**
 * The vault the previous release writes (`tests/fixtures/vault-v2`: made by it, with two cases of
 * one-value case files, an index of version 2, an export log and a court report) opens, reads
 * and verifies with today's code; each case's next save rewrites it as a record log and keeps the
 * old file as a backup; the index follows (its lines completed with the cases' attendance);
 * nothing is named as rolled back.
 */
import { cp, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyJournal } from '../../../src/main/journal/journalCheck';
import type { Services } from '../../../src/main/services';
import { createTestServices } from '../../support/services';
import { entryContent } from '../../unit/journal/journalFixtures';
import { removeFolder, temporaryFolder } from '../../unit/vault/fixtures';

const fixture = path.resolve(import.meta.dirname, '../../fixtures/vault-v2');
const passphrase = 'fixture passphrase of the second format';
const cases = { 'Familia R.': 4, 'Family K.': 1 } as const;

let root: string;
let directory: string;
let services: Services;
beforeAll(async () => {
  root = await temporaryFolder('alianza-format-v2-');
  directory = path.join(root, 'vault');
  await cp(fixture, directory, { recursive: true });
  services = createTestServices({ settingsDirectory: root, vaultDirectory: directory });
});
afterAll(async () => {
  await services.shutdown();
  await removeFolder(root);
});

const formatOf = async (file: string) => (await readFile(file))[4];

describe('a vault of the previous release', () => {
  it('opens, reads every case and verifies', async () => {
    const status = await services.vault.unlock(passphrase);
    expect(status.rolledBack).toBeUndefined();
    const listed = await services.journal.listCases();
    expect(Object.fromEntries(listed.map((summary) => [summary.alias, summary.entryCount]))).toEqual(cases);
    for (const summary of listed) {
      expect((await services.journal.getCase(summary.id)).entries).toHaveLength(summary.entryCount);
    }
    const report = await verifyJournal(services.vault.session());
    expect(report.problems).toEqual([]);
    // Its lines had no attendance: completed from the case files, in memory only until a change.
    expect(listed.every((summary) => Array.isArray(summary.recentAttendance))).toBe(true);
    expect(await formatOf(path.join(directory, 'index.alz'))).toBe(1);
  });

  it('rewrites a case as a log at its next save, keeps the old file as a backup, and verifies', async () => {
    const listed = await services.journal.listCases();
    for (const summary of listed) {
      const file = path.join(directory, 'cases', `${summary.id}.alz`);
      const before = await readFile(file);
      expect(before[4]).toBe(1);
      await services.journal.saveEntry({
        caseId: summary.id,
        entryId: `after-${summary.entryCount}`,
        content: entryContent({ sessionDate: '2025-06-02' }),
      });
      expect(await formatOf(file)).toBe(2);
      const backups = path.join(directory, 'backups', `case.${summary.id}`);
      const kept = await Promise.all((await readdir(backups)).map((name) => readFile(path.join(backups, name))));
      expect(kept.some((bytes) => bytes.equals(before))).toBe(true);
    }
    expect(await formatOf(path.join(directory, 'index.alz'))).toBe(2);
    expect((await verifyJournal(services.vault.session())).problems).toEqual([]);
  });

  it('reads back the same after a lock and an unlock, nothing named as rolled back', async () => {
    const before = await Promise.all(
      (await services.journal.listCases()).map((summary) => services.journal.getCase(summary.id)),
    );
    await services.vault.lock();
    const status = await services.vault.unlock(passphrase);
    expect(status.rolledBack).toBeUndefined();
    const after = await Promise.all(
      (await services.journal.listCases()).map((summary) => services.journal.getCase(summary.id)),
    );
    expect(after).toEqual(before);
    expect(after.map((journalCase) => journalCase.entries.length)).toEqual(
      before.map((journalCase) => journalCase.entries.length),
    );
    expect(Object.values(cases).map((count) => count + 1)).toEqual(
      after.map((journalCase) => journalCase.entries.length),
    );
  });
});
