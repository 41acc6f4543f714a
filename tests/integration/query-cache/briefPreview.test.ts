/**
 * The brief preview hook in React, over the real services, handlers, router and the preload's
 * bridge, with main's events delivered into the page: a mark made anywhere makes the preview stale
 * and it is built again without any refresh call. Only the DOM is jsdom's.
 */
import { JSDOM } from 'jsdom';
import path from 'node:path';
import { createElement } from 'react';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createHandlers } from '../../../src/main/handlers/createHandlers';
import { createRouter } from '../../../src/main/ipc/router';
import type { Services } from '../../../src/main/services';
import { apiGlobalName } from '../../../src/shared/ipc/api';
import { createBridge } from '../../../src/shared/ipc/bridge';
import type { BriefRequest } from '../../../src/shared/exports/requests';
import { entryContent } from '../../unit/journal/journalFixtures';
import { family } from '../../unit/exports/fixtures';
import { removeFolder, temporaryFolder } from '../../unit/vault/fixtures';
import { createTestServices } from '../../support/services';

/** What React DOM reads from the global scope; Node has none of them. */
const domGlobals = ['window', 'document', 'navigator', 'HTMLElement', 'HTMLIFrameElement', 'Node'] as const;

type Shown = { words: string[] | undefined; busy: boolean };

let root: string;
let services: Services;
let caseId: string;
let dom: JSDOM;
const listeners = new Map<string, Set<(payload: unknown) => void>>();

beforeAll(async () => {
  root = await temporaryFolder('alianza-preview-hook-');
  services = createTestServices({
    settingsDirectory: root,
    vaultDirectory: path.join(root, 'vault'),
    deliverEvent: (channel, payload) => {
      for (const listener of listeners.get(channel) ?? []) listener(payload);
    },
  });
  await services.vault.create('vista previa de prueba 2025');
  const created = await services.journal.createCase({
    alias: 'Familia R.',
    phase: 'start',
    openedAt: '2025-03-01',
    parties: family,
    goals: [],
  });
  caseId = created.id;
  await services.journal.saveEntry({
    caseId,
    entryId: 'e1',
    content: entryContent({
      sections: [{ id: 's1', title: 'La visita', visibility: 'supervision', text: 'Ximena, la vecina, llamó a Majo.' }],
    }),
  });
  const router = createRouter({ handlers: createHandlers(services), isTrustedSender: () => true });
  const api = createBridge({
    invoke: (channel, request) => router.dispatch(channel, request, { url: 'app://alianza/index.html' }),
    listen: (channel, listener) => {
      const set = listeners.get(channel) ?? new Set();
      set.add(listener);
      listeners.set(channel, set);
      return () => void set.delete(listener);
    },
  });
  dom = new JSDOM('<!doctype html><div id="root"></div>', { pretendToBeVisual: true });
  Object.defineProperty(dom.window, apiGlobalName, { value: api });
  for (const name of domGlobals)
    Object.defineProperty(globalThis, name, { value: dom.window[name], configurable: true });
}, 60_000);

afterAll(async () => {
  // The cache's last notifications run on a timer; let them find the window before it goes.
  await new Promise((resolve) => setTimeout(resolve, 100));
  dom.window.close();
  for (const name of domGlobals) Reflect.deleteProperty(globalThis, name);
  await services.vault.lock();
  await removeFolder(root);
});

describe('the brief preview', () => {
  it('is built again when a word is marked safe, with no refresh call', async () => {
    const { createRoot } = await import('react-dom/client');
    const { QueryProvider } = await import('../../../src/renderer/src/api/QueryProvider');
    const { createAppQueryClient } = await import('../../../src/renderer/src/api/queryClient');
    const { useBriefPreview } = await import('../../../src/renderer/src/exports/useBriefPreview');
    const { callContract } = await import('../../../src/renderer/src/api/contractCalls');

    const shown: Shown[] = [];
    const request: BriefRequest = { caseId, language: 'es', from: null };
    function Probe() {
      const { preview, busy } = useBriefPreview(request);
      shown.push({ words: preview?.warnings.map((warning) => warning.word), busy });
      return null;
    }
    const page = createRoot(dom.window.document.getElementById('root')!);
    page.render(createElement(QueryProvider, { client: createAppQueryClient(), children: createElement(Probe) }));
    const last = () => shown.at(-1);

    // The first preview loads the spelling dictionaries: seconds on a busy machine.
    await vi.waitFor(() => expect(last()?.words).toContain('Ximena'), { timeout: 40_000, interval: 50 });
    expect(last()?.busy).toBe(false);
    const previews = shown.length;

    // Marked from outside the hook, as another component would: only main's event reaches it.
    await callContract('markSafeWord', { caseId, word: 'Ximena' });
    await vi.waitFor(() => expect(last()?.words).not.toContain('Ximena'), { timeout: 20_000, interval: 50 });
    expect(last()?.busy).toBe(false);
    // While it was built again, the earlier preview stayed on screen, marked busy.
    expect(shown.slice(previews).some((state) => state.busy && state.words?.includes('Ximena') === true)).toBe(true);
    page.unmount();
  }, 90_000);
});
