/** The services tell the window when the journal opens, locks (and why) and changes, as the app composes them. */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHandlers } from '../../../src/main/handlers/createHandlers';
import type { Services } from '../../../src/main/services';
import { recordingEvents, type DeliveredEvent } from '../../support/events';
import { createTestServices } from '../../support/services';
import { createCaseRequest, entryContent } from '../../unit/journal/journalFixtures';
import { removeFolder, temporaryFolder } from '../../unit/vault/fixtures';

const passphrase = 'cuaderno reflexivo de prueba 2025';
let root: string;
let services: Services;
let now = Date.now();
const delivered: DeliveredEvent[] = [];

beforeAll(async () => {
  root = await temporaryFolder('alianza-events-');
  services = createTestServices({
    settingsDirectory: root,
    vaultDirectory: path.join(root, 'vault'),
    now: () => now,
    autoLockCheckMilliseconds: 2_000_000_000,
    deliverEvent: recordingEvents(delivered),
  });
});
afterAll(async () => {
  await services.shutdown();
  await removeFolder(root);
});

/** The events delivered since the last call, without progress (the search index's build sends some). */
function taken(): DeliveredEvent[] {
  return delivered.splice(0).filter((each) => each.event !== 'progress');
}

describe('events from main', () => {
  it('announces the open with its status, and each lock with its reason', async () => {
    await services.vault.create(passphrase);
    expect(taken()).toEqual([
      { event: 'vaultUnlocked', payload: { status: expect.objectContaining({ state: 'unlocked' }) } },
    ]);

    await services.settings.update({ autoLockMinutes: 1 });
    now += 61_000;
    expect(await services.autoLock.check()).toBe(true);
    expect(taken()).toEqual([{ event: 'vaultLocked', payload: { reason: 'auto-lock' } }]);

    await services.vault.unlock(passphrase);
    await services.vault.lock('screen-lock');
    expect(taken().map(({ event, payload }) => [event, 'reason' in payload ? payload.reason : undefined])).toEqual([
      ['vaultUnlocked', undefined],
      ['vaultLocked', 'screen-lock'],
    ]);
    // Locking a locked journal wipes nothing, and says nothing.
    await services.vault.lock('suspend');
    expect(taken()).toEqual([]);
  });

  it('announces a change to the journal after the mutation, with its case', async () => {
    const handlers = createHandlers(services);
    await handlers.unlockVault({ passphrase });
    taken();
    const created = await handlers.createCase(createCaseRequest('Familia R.'));
    await handlers.saveEntry({ caseId: created.id, entryId: 'e-1', content: entryContent() });
    await handlers.listCases(undefined);
    expect(taken()).toEqual([
      { event: 'journalChanged', payload: { stale: expect.arrayContaining(['listCases']) } },
      {
        event: 'journalChanged',
        payload: { caseId: created.id, stale: expect.arrayContaining(['getCase', 'listCases', 'searchJournal']) },
      },
    ]);
    await handlers.lockVault(undefined);
    expect(taken()).toEqual([{ event: 'vaultLocked', payload: { reason: 'user' } }]);
  });
});
