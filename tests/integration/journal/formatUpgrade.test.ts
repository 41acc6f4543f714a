/**
 * A journal the previous release made (tests/fixtures/vault-v1, single-payload case files),
 * opened through the services: every case reads, the first save makes its case a record log
 * (file format 2) and keeps the old file as a backup, and a case record from a newer Alianza is
 * refused and never written over.
 */
import { cp, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Services } from '../../../src/main/services';
import { openVault } from '../../../src/main/vault/openVault';
import { caseVersion } from '../../../src/main/journal/caseDocument';
import type { CaseWithEntries } from '../../../src/shared/domain';
import { createTestServices } from '../../support/services';
import { entryContent } from '../../unit/journal/journalFixtures';
import { rejection, removeFolder, temporaryFolder } from '../../unit/vault/fixtures';

const fixture = path.resolve(import.meta.dirname, '../../fixtures/vault-v1');
const oldPassphrase = 'diario de formato antiguo';

let root: string;
let directory: string;
let services: Services;
beforeEach(async () => {
  root = await temporaryFolder('alianza-format-upgrade-');
  directory = path.join(root, 'vault');
  await cp(fixture, directory, { recursive: true });
  services = createTestServices({
    settingsDirectory: root,
    vaultDirectory: directory,
    autoLockCheckMilliseconds: 2_000_000_000,
  });
  await services.vault.unlock(oldPassphrase);
});
afterEach(async () => {
  await services.shutdown();
  await removeFolder(root);
});

const casePath = (caseId: string) => path.join(directory, 'cases', `${caseId}.alz`);

async function allCases(): Promise<CaseWithEntries[]> {
  const summaries = await services.journal.listCases();
  return Promise.all(summaries.map((summary) => services.journal.getCase(summary.id)));
}

/** A reflection the case can hold: its first party attends, no tensions. */
async function saveReflection(journalCase: CaseWithEntries, entryId: string) {
  const attendees = journalCase.parties.slice(0, 1).map((party) => party.id);
  return services.journal.saveEntry({
    caseId: journalCase.id,
    entryId,
    content: entryContent({ attendees, tensions: [], phase: journalCase.phase }),
  });
}

describe('a journal of the previous release', () => {
  it('reads every case, makes a saved case a record log with its old file as a backup, and verifies', async () => {
    const cases = await allCases();
    expect(cases.length).toBeGreaterThanOrEqual(3);
    for (const journalCase of cases) expect((await readFile(casePath(journalCase.id)))[4]).toBe(1);

    const [target, ...others] = cases as [CaseWithEntries, ...CaseWithEntries[]];
    const original = await readFile(casePath(target.id));
    const othersBefore = await Promise.all(others.map((journalCase) => readFile(casePath(journalCase.id))));
    const entry = await saveReflection(target, 'e-after-upgrade');

    const upgraded = await readFile(casePath(target.id));
    expect(upgraded.subarray(0, 4).toString('ascii')).toBe('ALZF');
    expect(upgraded[4]).toBe(2);
    // Only the case saved changed format.
    for (const [index, journalCase] of others.entries()) {
      expect(await readFile(casePath(journalCase.id)), journalCase.id).toEqual(othersBefore[index]);
    }
    const backups = await services.vault.session().listBackups(`case:${target.id}`);
    expect(backups.length).toBeGreaterThan(0);
    const kept = await Promise.all(backups.map((backup) => readFile(backup.path)));
    expect(kept.some((bytes) => bytes.equals(original))).toBe(true);
    expect(backups.every((backup) => backup.valid)).toBe(true);
    expect(path.relative(directory, backups[0]!.path).split(path.sep)[0]).toBe('backups');

    // A second save appends to the log.
    const second = await saveReflection(target, 'e-after-upgrade-2');
    expect((await readFile(casePath(target.id))).subarray(0, upgraded.length)).toEqual(upgraded);

    expect((await services.care.verify()).problems).toEqual([]);
    const expected = await allCases();
    expect(expected.find((journalCase) => journalCase.id === target.id)?.entries).toEqual([
      ...target.entries,
      entry,
      second,
    ]);

    await services.vault.lock();
    await services.vault.unlock(oldPassphrase);
    expect(await allCases()).toEqual(expected);
    expect((await services.care.verify()).problems).toEqual([]);
  });
});

describe('a case record from a newer Alianza', () => {
  it('is refused, saying so, and its file is left as it was after a save attempt', async () => {
    const [target] = (await allCases()) as [CaseWithEntries];
    await saveReflection(target, 'e-log');
    await services.vault.lock();

    // What a newer release would append: a record of a version this one does not know.
    const session = await openVault({ directory, passphrase: oldPassphrase, holder: 'app' });
    try {
      await session.appendRecords(`case:${target.id}`, [
        { version: caseVersion + 1, type: 'mood', mood: 'a record kind this version does not know' },
      ]);
    } finally {
      await session.lock();
    }
    const bytes = await readFile(casePath(target.id));

    await services.vault.unlock(oldPassphrase);
    const error = await rejection(services.journal.getCase(target.id));
    expect(error.code).toBe('unsupported-format');
    expect(error.message).toMatch(/newer version of Alianza/);

    const refused = await rejection(saveReflection(target, 'e-over-newer'));
    expect(refused.code).toBe('unsupported-format');
    const renamed = await rejection(services.journal.updateCase({ caseId: target.id, alias: 'Otro nombre' }));
    expect(renamed.code).toBe('unsupported-format');
    expect(await readFile(casePath(target.id))).toEqual(bytes);
    // Nothing else was written over it either: the list still names the case.
    expect((await services.journal.listCases()).some((summary) => summary.id === target.id)).toBe(true);
  });
});
