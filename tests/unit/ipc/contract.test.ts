import { describe, expect, it, vi } from 'vitest';
import { contract, journalStaleOf } from '../../../src/shared/ipc/contract';
import type { MethodDefinition } from '../../../src/shared/ipc/definitions';
import { createBridge } from '../../../src/shared/ipc/bridge';
import {
  eventChannel,
  eventNames,
  ipcChannel,
  methodForChannel,
  methodNames,
  subscriptionName,
} from '../../../src/shared/ipc/names';

const definitions = Object.entries(contract) as [string, MethodDefinition][];

describe('the IPC contract', () => {
  it('declares exactly the methods of the zod-free list, in its order', () => {
    expect(Object.keys(contract)).toEqual([...methodNames]);
  });

  it('derives each channel from its method, and each method back from its channel', () => {
    for (const method of methodNames) {
      expect(ipcChannel(method)).toBe(`alianza:${method}`);
      expect(methodForChannel(ipcChannel(method))).toBe(method);
    }
    expect(methodForChannel('alianza:toString')).toBeUndefined();
    expect(methodForChannel(eventChannel('vaultLocked'))).toBeUndefined();
  });

  it('lets a mutation make only queries stale', () => {
    for (const [method, definition] of definitions) {
      if (definition.kind !== 'mutation') continue;
      for (const stale of definition.stale) expect(contract[stale].kind, `${method} -> ${stale}`).toBe('query');
    }
  });

  it('counts deliberate changes as activity, and neither autosave, the Lock button nor a read', () => {
    const active = definitions.filter(([, definition]) => definition.kind === 'mutation' && definition.activity);
    const names = active.map(([method]) => method);
    expect(names).toEqual(expect.arrayContaining(['saveEntry', 'createCase', 'unlockVault', 'reportActivity']));
    expect(names).not.toEqual(expect.arrayContaining(['saveDraft']));
    expect(names).not.toContain('lockVault');
    expect(names).not.toContain('getCase');
  });

  it('announces journal changes for the journal, not for the vault, and for the settings only what working days and the interval change', () => {
    expect(journalStaleOf('saveEntry')).toEqual(expect.arrayContaining(['getCase', 'listCases']));
    // Main deletes a reflection's drafts with its save: a list that still offered them would be wrong.
    expect(journalStaleOf('saveEntry')).toEqual(expect.arrayContaining(['listDrafts']));
    expect(journalStaleOf('unlockVault')).toEqual([]);
    // The holiday calendar changes the working days of the hearings list, the checks and the review copy;
    // the reflection interval and the calendar change Home's work queue.
    expect(journalStaleOf('updateSettings')).toEqual(['listHearings', 'checkReport', 'previewReport', 'getWorkQueue']);
    expect(journalStaleOf('getCase')).toEqual([]);
    expect(journalStaleOf('restoreBackup')).not.toContain('getVaultStatus');
  });

  it('names one subscription per event', () => {
    expect(eventNames.map(subscriptionName)).toEqual([
      'onVaultLocked',
      'onVaultUnlocked',
      'onJournalChanged',
      'onProgress',
    ]);
  });
});

describe('the bridge the preload exposes', () => {
  function bridge() {
    const invoke = vi.fn((_channel: string, _request: unknown) => Promise.resolve({ ok: true, value: 'x' }));
    const unsubscribe = vi.fn();
    const listen = vi.fn((_channel: string, _listener: (payload: unknown) => void) => unsubscribe);
    return { invoke, listen, unsubscribe, api: createBridge({ invoke, listen }) };
  }

  it('is one named function per method and per event, and nothing else', () => {
    const { api } = bridge();
    expect(Object.keys(api).sort()).toEqual([...methodNames, ...eventNames.map(subscriptionName)].sort());
    expect(Object.values(api).every((value) => typeof value === 'function')).toBe(true);
    expect(Object.isFrozen(api)).toBe(true);
  });

  it("calls each method's own channel with the request", async () => {
    const { api, invoke } = bridge();
    await api.getCase({ caseId: 'c1' });
    await api.listCases();
    expect(invoke.mock.calls).toEqual([
      ['alianza:getCase', { caseId: 'c1' }],
      ['alianza:listCases', undefined],
    ]);
  });

  it("subscribes to each event's own channel and hands back the unsubscribe", () => {
    const { api, listen, unsubscribe } = bridge();
    const listener = vi.fn();
    const stop = api.onVaultLocked(listener);
    expect(listen).toHaveBeenCalledWith('alianza-event:vaultLocked', listener);
    stop();
    expect(unsubscribe).toHaveBeenCalled();
  });
});
