/**
 * The cache through the real pieces on both sides: the bridge the preload builds, main's event
 * emitter and router, with only the transport between them played by the test.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { QueryClient } from '@tanstack/react-query';
import { createEventEmitter } from '../../../src/main/ipc/events';
import { createRouter, type Handlers } from '../../../src/main/ipc/router';
import { ApiError } from '../../../src/renderer/src/api/client';
import { callContract } from '../../../src/renderer/src/api/contractCalls';
import { followMainEvents } from '../../../src/renderer/src/api/mainEvents';
import { createAppQueryClient } from '../../../src/renderer/src/api/queryClient';
import { queryKeyOf } from '../../../src/renderer/src/api/queryKeys';
import { contractQuery } from '../../../src/renderer/src/api/useContractQuery';
import { apiGlobalName } from '../../../src/shared/ipc/api';
import { createBridge } from '../../../src/shared/ipc/bridge';
import { AppError } from '../../../src/shared/ipc/result';
import { handlersWith } from '../../support/handlers';

const caseA = '1b4e28ba-2fa1-4d2b-8c6b-6f0c2f0a9b10';
const caseB = '2c5f39cb-3ab2-4e3c-9d7c-7a1d3a1b0c21';
const ownFrame = { url: 'http://localhost/index.html' };

/** A window whose `alianza` is the preload's bridge over main's router and events. */
function connectedWindow(overrides: Partial<Handlers>) {
  const router = createRouter({ handlers: handlersWith(overrides), isTrustedSender: () => true });
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  const api = createBridge({
    invoke: (channel, request) => router.dispatch(channel, request, ownFrame),
    listen: (channel, listener) => {
      const set = listeners.get(channel) ?? new Set();
      set.add(listener);
      listeners.set(channel, set);
      return () => void set.delete(listener);
    },
  });
  const events = createEventEmitter({
    deliver: (channel, payload) => {
      for (const listener of listeners.get(channel) ?? []) listener(payload);
    },
  });
  Object.assign(globalThis, { window: { [apiGlobalName]: api } });
  return { api, events, listeners };
}

afterEach(() => {
  Reflect.deleteProperty(globalThis, 'window');
});

const staleOf = (client: QueryClient, key: readonly unknown[]) =>
  client.getQueryCache().find({ queryKey: key, exact: true })?.state.isInvalidated;

describe('contract calls', () => {
  it("answer with main's value, read once for equal requests", async () => {
    let reads = 0;
    connectedWindow({ listCases: () => (reads++, []) });
    const client = createAppQueryClient();
    expect(await client.fetchQuery(contractQuery('listCases', undefined))).toEqual([]);
    expect(await client.fetchQuery(contractQuery('listCases', undefined))).toEqual([]);
    expect(reads).toBe(1);
  });

  it("fail with main's typed error, not asked again", async () => {
    let reads = 0;
    connectedWindow({
      getCaseOverview: () => {
        reads++;
        throw new AppError('integrity', 'The case file is damaged.');
      },
    });
    const client = createAppQueryClient();
    const failure = await client.fetchQuery(contractQuery('getCaseOverview', { caseId: caseA })).catch((e) => e);
    expect(failure).toBeInstanceOf(ApiError);
    expect((failure as ApiError).shape).toEqual({ code: 'integrity', message: 'The case file is damaged.' });
    expect(reads).toBe(1);
  });

  it('a mutation call reaches its handler with the request checked by the router', async () => {
    connectedWindow({ discardDraft: () => Promise.resolve() });
    await expect(callContract('discardDraft', { draftId: 'not an id' } as never)).rejects.toMatchObject({
      shape: { code: 'invalid-request' },
    });
  });
});

describe("main's events in the cache", () => {
  it('journalChanged marks stale the reads it names, in the case it names', async () => {
    const { api, events } = connectedWindow({});
    const client = createAppQueryClient();
    const keyA = queryKeyOf('getCaseOverview', { caseId: caseA });
    const keyB = queryKeyOf('getCaseOverview', { caseId: caseB });
    client.setQueryData(keyA, 'a');
    client.setQueryData(keyB, 'b');
    const stop = followMainEvents(client, api);
    await events.emit('journalChanged', { caseId: caseA, stale: ['getCaseOverview'] });
    expect(staleOf(client, keyA)).toBe(true);
    expect(staleOf(client, keyB)).toBe(false);
    stop();
    await events.emit('journalChanged', { stale: ['getCaseOverview'] });
    expect(staleOf(client, keyB)).toBe(false);
  });

  it("the search index's build, once finished, makes every search stale and nothing else", async () => {
    const { api, events } = connectedWindow({});
    const client = createAppQueryClient();
    const search = queryKeyOf('searchJournal', { query: 'visit' });
    const searchOfCase = queryKeyOf('searchJournal', { query: 'visit', caseId: caseA });
    const cases = queryKeyOf('listCases', undefined);
    for (const key of [search, searchOfCase, cases]) client.setQueryData(key, 'answer');
    followMainEvents(client, api);
    const indexing = { task: 'search-index', unit: 'cases', done: 1, total: 3, finished: false } as const;
    await events.emit('progress', indexing);
    expect(staleOf(client, search)).toBe(false);
    await events.emit('progress', { ...indexing, task: 'backup', unit: 'files', done: 3, finished: true });
    expect(staleOf(client, search)).toBe(false);
    await events.emit('progress', { ...indexing, done: 3, finished: true });
    expect(staleOf(client, search)).toBe(true);
    expect(staleOf(client, searchOfCase)).toBe(true);
    expect(staleOf(client, cases)).toBe(false);
  });

  it('vaultLocked empties the cache at once', async () => {
    const { api, events } = connectedWindow({});
    const client = createAppQueryClient();
    client.setQueryData(queryKeyOf('getCaseOverview', { caseId: caseA }), 'decrypted');
    client.setQueryData(queryKeyOf('listCases', undefined), ['Family R.']);
    followMainEvents(client, api);
    await events.emit('vaultLocked', { reason: 'auto-lock' });
    expect(client.getQueryCache().getAll()).toEqual([]);
  });

  it('vaultLocked marks the known status locked, so the lock screen shows without asking main', async () => {
    let statusReads = 0;
    const { api, events } = connectedWindow({
      getVaultStatus: () => (statusReads++, { state: 'locked', directory: '/v' }),
    });
    const client = createAppQueryClient();
    const statusKey = queryKeyOf('getVaultStatus', undefined);
    client.setQueryData(statusKey, { state: 'unlocked', directory: '/v' });
    client.setQueryData(queryKeyOf('listCases', undefined), ['Family R.']);
    followMainEvents(client, api);
    await events.emit('vaultLocked', { reason: 'screen-lock' });
    expect(client.getQueryData(statusKey)).toEqual({ state: 'locked', directory: '/v' });
    expect(client.getQueryData(queryKeyOf('listCases', undefined))).toBeUndefined();
    expect(statusReads).toBe(0);
  });

  it("vaultUnlocked leaves the status to the gate's answer, so a new recovery kit shows before the journal", async () => {
    const { api, events } = connectedWindow({});
    const client = createAppQueryClient();
    const statusKey = queryKeyOf('getVaultStatus', undefined);
    client.setQueryData(statusKey, { state: 'locked', directory: '/data/vault' });
    followMainEvents(client, api);
    await events.emit('vaultUnlocked', { status: { state: 'unlocked', directory: '/data/vault' } });
    expect(client.getQueryData(statusKey)).toEqual({ state: 'locked', directory: '/data/vault' });
  });
});
