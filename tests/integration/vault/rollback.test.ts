/**
 * Attack: files of the journal put back to an older valid state (an older copy of one file, a
 * log cut after a whole record, the whole folder from an old copy). Every one decrypts and
 * verifies, so only the journal's own record (the index) and the device's (outside the folder)
 * can tell. Each is named at unlock, the journal opens read-only, and keeping the state found
 * lets writing go on.
 */
import { cp, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Services } from '../../../src/main/services';
import { createTestServices } from '../../support/services';
import { createCaseRequest, entryContent } from '../../unit/journal/journalFixtures';
import { rejection, removeFolder, temporaryFolder } from '../../unit/vault/fixtures';

const passphrase = 'copias viejas puestas de vuelta';

let root: string;
let directory: string;
let services: Services;
beforeEach(async () => {
  root = await temporaryFolder('alianza-rollback-');
  directory = path.join(root, 'vault');
  services = createTestServices({ settingsDirectory: root, vaultDirectory: directory });
  await services.vault.create(passphrase);
});
afterEach(async () => {
  await services.shutdown();
  await removeFolder(root);
});

async function reopen(): Promise<Awaited<ReturnType<Services['vault']['unlock']>>> {
  await services.vault.lock();
  return services.vault.unlock(passphrase);
}

async function caseWithEntries(count: number): Promise<string> {
  const { id } = await services.journal.createCase(createCaseRequest('Familia R.'));
  for (let index = 0; index < count; index += 1) {
    await services.journal.saveEntry({
      caseId: id,
      entryId: `e-${index}`,
      content: entryContent({ sessionDate: `2025-03-${String(10 + index).padStart(2, '0')}` }),
    });
  }
  return id;
}

describe('a journal file put back to an older state', () => {
  it('an older generation of a case is named at unlock; the journal opens read-only until the state is kept', async () => {
    const caseId = await caseWithEntries(1);
    const file = path.join(directory, 'cases', `${caseId}.alz`);
    expect((await reopen()).rolledBack).toBeUndefined();
    const older = await readFile(file);
    await services.journal.saveEntry({
      caseId,
      entryId: 'e-new',
      content: entryContent({ sessionDate: '2025-04-01' }),
    });
    await services.vault.lock();
    await writeFile(file, older);

    const status = await services.vault.unlock(passphrase);
    console.warn(`rollback (older generation): named ${JSON.stringify(status.rolledBack)}`);
    expect(status).toMatchObject({ state: 'unlocked', readOnly: true, rolledBack: [`cases/${caseId}.alz`] });
    // Read-only, not closed: the state found can be read and exported.
    expect((await services.journal.getCase(caseId)).entries.map((entry) => entry.id)).toEqual(['e-0']);
    const refused = await rejection(
      services.journal.saveEntry({ caseId, entryId: 'e-late', content: entryContent({ sessionDate: '2025-04-02' }) }),
    );
    expect(refused.code).toBe('read-only');
    expect(refused.message).toContain(`cases/${caseId}.alz`);

    const kept = await services.vault.keepRolledBackState();
    expect(kept.rolledBack).toBeUndefined();
    expect(kept.readOnly).toBeUndefined();
    await services.journal.saveEntry({
      caseId,
      entryId: 'e-late',
      content: entryContent({ sessionDate: '2025-04-02' }),
    });
    const again = await reopen();
    expect(again.rolledBack).toBeUndefined();
    expect((await services.journal.getCase(caseId)).entries.map((entry) => entry.id)).toEqual(['e-0', 'e-late']);
  });

  it('a case log cut after a whole record (the same generation, shorter) is named', async () => {
    const caseId = await caseWithEntries(1);
    await reopen();
    const file = path.join(directory, 'cases', `${caseId}.alz`);
    await services.journal.saveEntry({ caseId, entryId: 'e-a', content: entryContent({ sessionDate: '2025-04-01' }) });
    const withOne = (await readFile(file)).length;
    await services.journal.saveEntry({ caseId, entryId: 'e-b', content: entryContent({ sessionDate: '2025-04-02' }) });
    await services.vault.lock();
    // Cut exactly after the record of "e-a": a valid log of the same generation, one reflection short.
    await truncate(file, withOne);
    const status = await services.vault.unlock(passphrase);
    expect(status.rolledBack).toEqual([`cases/${caseId}.alz`]);
    expect((await services.journal.getCase(caseId)).entries.map((entry) => entry.id)).toEqual(['e-0', 'e-a']);
  });

  it('an export log put back to an older generation is named', async () => {
    const caseId = await caseWithEntries(1);
    await services.exports.markSafeWord({ caseId, word: 'Alameda' });
    const file = path.join(directory, 'exports', `${caseId}.alz`);
    const older = await readFile(file);
    await services.exports.markSafeWord({ caseId, word: 'Maipú' });
    await services.vault.lock();
    await writeFile(file, older);
    expect((await services.vault.unlock(passphrase)).rolledBack).toEqual([`exports/${caseId}.alz`]);
  });

  it('the whole folder put back from an old copy is named by the device’s record of the index', async () => {
    const caseId = await caseWithEntries(1);
    await services.vault.lock();
    const copy = path.join(root, 'old-copy');
    await cp(directory, copy, { recursive: true });
    await services.vault.unlock(passphrase);
    await services.journal.saveEntry({
      caseId,
      entryId: 'e-new',
      content: entryContent({ sessionDate: '2025-04-01' }),
    });
    await services.vault.lock();
    await rm(directory, { recursive: true });
    await cp(copy, directory, { recursive: true });
    const status = await services.vault.unlock(passphrase);
    console.warn(`rollback (whole folder): named ${JSON.stringify(status.rolledBack)}`);
    expect(status.rolledBack).toEqual(['index.alz']);
    expect((await reopen()).rolledBack).toEqual(['index.alz']);
    await services.vault.keepRolledBackState();
    expect((await reopen()).rolledBack).toBeUndefined();
  });

  it('a journal left as it was is never named, through many saves and unlocks', async () => {
    const caseId = await caseWithEntries(3);
    for (let round = 0; round < 2; round += 1) {
      expect((await reopen()).rolledBack).toBeUndefined();
      await services.journal.saveEntry({
        caseId,
        entryId: `r-${round}`,
        content: entryContent({ sessionDate: `2025-05-${String(10 + round)}` }),
      });
      await services.exports.markSafeWord({ caseId, word: `Palabra${round}` });
    }
    expect((await reopen()).rolledBack).toBeUndefined();
  });
});
