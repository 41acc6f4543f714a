import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRouter, type Router } from '../../../src/main/ipc/router';
import { createHandlers } from '../../../src/main/handlers/createHandlers';
import { appOrigin, isTrustedUrl } from '../../../src/main/shell/policy';
import { ipcChannel, type MethodName } from '../../../src/shared/ipc/names';
import { createCaseRequest, entryContent } from '../../unit/journal/journalFixtures';
import { openTestJournal, type TestJournal } from './support';

let test: TestJournal;
let router: Router;
const ownFrame = { url: `${appOrigin}/index.html` };
beforeAll(async () => {
  test = await openTestJournal();
  router = createRouter({
    handlers: createHandlers(test.services),
    isTrustedSender: (url) => isTrustedUrl(url, [appOrigin]),
    reportUnexpected: (method, error) => {
      throw new Error(`${method} failed unexpectedly`, { cause: error });
    },
  });
});
afterAll(() => test.close());

const call = (method: MethodName, payload: unknown) => router.dispatch(ipcChannel(method), payload, ownFrame);

describe('the journal through the IPC router', () => {
  it('creates a case, saves a reflection, lists, reads and searches with checked answers', async () => {
    const created = await call('createCase', createCaseRequest('Familia R.'));
    expect(created).toMatchObject({ ok: true, value: { alias: 'Familia R.', status: 'open' } });
    const caseId = created.ok ? (created.value as { id: string }).id : '';
    const entryId = '1b4e28ba-2fa1-4d2b-8c6b-6f0c2f0a9b10';
    expect(await call('saveEntry', { caseId, entryId, content: entryContent() })).toMatchObject({
      ok: true,
      value: { id: entryId },
    });
    expect(await call('listCases', undefined)).toMatchObject({ ok: true, value: [{ id: caseId, entryCount: 1 }] });
    expect(await call('getCase', { caseId })).toMatchObject({
      ok: true,
      value: { id: caseId, entries: [{ id: entryId }] },
    });
    // The case screen's reads: the overview without text, then the excerpts of the rows in view.
    expect(await call('getCaseOverview', { caseId })).toMatchObject({
      ok: true,
      value: { id: caseId, entries: [{ id: entryId, sessionDate: entryContent().sessionDate }] },
    });
    const excerpts = await call('getEntryExcerpts', { caseId, entryIds: [entryId] });
    expect(excerpts.ok && (excerpts.value as Record<string, string>)[entryId]).toMatch(/\S/);
    expect(await call('getEntryExcerpts', { caseId, entryIds: [] })).toMatchObject({
      ok: false,
      error: { code: 'invalid-request' },
    });
    expect(await call('searchJournal', { query: 'niño' })).toMatchObject({
      ok: true,
      value: { total: 1, hits: [{ caseAlias: 'Familia R.', entryId }] },
    });
    expect(await call('saveDraft', { draftId: entryId, caseId, entryId, content: { text: 'x' } })).toMatchObject({
      ok: true,
    });
    expect(await call('listDrafts', undefined)).toMatchObject({ ok: true, value: [{ draftId: entryId }] });
    expect(await call('discardDraft', { draftId: entryId })).toEqual({ ok: true, value: undefined });
  });

  it('answers a duplicate alias and a locked journal with typed errors', async () => {
    expect(await call('createCase', createCaseRequest('familia r.'))).toMatchObject({
      ok: false,
      error: { code: 'invalid-request', message: expect.stringContaining('Familia R.') },
    });
    await call('lockVault', undefined);
    for (const [method, payload] of [
      ['listCases', undefined],
      ['searchJournal', { query: 'niño' }],
      ['listDrafts', undefined],
    ] as const) {
      expect(await call(method, payload)).toMatchObject({ ok: false, error: { code: 'locked' } });
    }
  });

  it('counts a deliberate save as activity for auto-lock, and an autosaved draft not', async () => {
    const touched: string[] = [];
    const services = {
      ...test.services,
      autoLock: { ...test.services.autoLock, touch: () => void touched.push('touch') },
    };
    const handlers = createHandlers(services);
    await handlers.unlockVault({ passphrase: 'cuaderno reflexivo de prueba 2025' });
    touched.length = 0;
    const [summary] = await handlers.listCases(undefined);
    await handlers.saveDraft({ draftId: 'd-1', caseId: summary!.id, entryId: 'e-9', content: {} });
    expect(touched).toEqual([]);
    await handlers.saveEntry({ caseId: summary!.id, entryId: 'e-9', content: entryContent() });
    expect(touched).toEqual(['touch']);
  });

  it('records what became of a planned session, and refuses a move on a session that was not moved', async () => {
    const created = await call('createCase', createCaseRequest('Familia T.'));
    const caseId = created.ok ? (created.value as { id: string }).id : '';
    const recorded = await call('recordAttendance', {
      caseId,
      attendanceId: 'a-1',
      plannedOn: '2025-03-10',
      status: 'not-attended',
      noteVisibility: 'private',
    });
    expect(recorded).toMatchObject({ ok: true, value: { attendance: [{ id: 'a-1', status: 'not-attended' }] } });
    const refused = await call('recordAttendance', {
      caseId,
      attendanceId: 'a-2',
      plannedOn: '2025-03-10',
      status: 'held',
      movedTo: '2025-03-12',
      noteVisibility: 'private',
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
  });
});
