/**
 * One supervision recorded for several cases through the real router: each case keeps its own
 * part with the meeting's shared id, each case's history can name the others, search finds the
 * text of each part with its visibility, and a meeting one case refuses is written in none.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHandlers } from '../../../src/main/handlers/createHandlers';
import { createRouter } from '../../../src/main/ipc/router';
import type { RequestOf, ResponseOf } from '../../../src/shared/ipc/contract';
import { ipcChannel, type MethodName } from '../../../src/shared/ipc/names';
import { openExportJournal, type ExportJournal } from '../exports/support';

let journal: ExportJournal;
let second: string;
let third: string;

async function call<M extends MethodName>(method: M, request: RequestOf<M>): Promise<ResponseOf<M>> {
  const router = createRouter({ handlers: createHandlers(journal.services), isTrustedSender: () => true });
  const result = await router.dispatch(ipcChannel(method), request, { url: 'app://alianza/index.html' });
  if (!result.ok) throw Object.assign(new Error(result.error.message), { code: result.error.code });
  return result.value as ResponseOf<M>;
}

const newCase = async (alias: string) =>
  (await call('createCase', { alias, phase: 'evaluation', openedAt: '2025-01-10', parties: [], goals: [] })).id;

const supervisionsOf = async (caseId: string) => (await call('getCase', { caseId })).supervisions ?? [];

beforeAll(async () => {
  journal = await openExportJournal();
  second = await newCase('Familia S.');
  third = await newCase('Familia T.');
}, 60_000);
afterAll(() => journal.close());

describe('a supervision of several cases', () => {
  it('is kept in each case with the shared id, names the other cases, and is found by search in each', async () => {
    const { parts } = await call('recordSupervisionMeeting', {
      heldOn: '2025-03-12',
      supervisor: 'R. Soto',
      kind: 'group',
      parts: [
        {
          caseId: journal.caseId,
          briefs: [],
          discussed: 'La abuela desconfía del tribunal.',
          visibility: 'private',
          actions: [{ what: 'Llamar a la abuela.', due: '2025-03-20' }],
        },
        {
          caseId: second,
          briefs: [],
          remarks: 'Cuidar la alianza con el padre.',
          visibility: 'supervision',
          actions: [],
        },
      ],
    });
    expect(parts).toHaveLength(2);
    const [first, other] = [(await supervisionsOf(journal.caseId))[0], (await supervisionsOf(second))[0]];
    expect(first).toMatchObject({ heldOn: '2025-03-12', supervisor: 'R. Soto', kind: 'group' });
    expect(first?.discussed).toBe('La abuela desconfía del tribunal.');
    expect(first?.remarks).toBeUndefined();
    expect(other?.remarks).toBe('Cuidar la alianza con el padre.');
    expect(other?.discussed).toBeUndefined();
    expect(first?.supervisionId).toBe(other?.supervisionId);
    expect(parts.map((part) => part.id)).toEqual([first?.id, other?.id]);
    expect(await supervisionsOf(third)).toEqual([]);

    expect(await call('listSupervisionMeetings', { caseId: journal.caseId })).toEqual({
      meetings: [{ supervisionId: first?.supervisionId, others: [{ caseId: second, alias: 'Familia S.' }] }],
    });
    expect((await call('listSupervisionMeetings', { caseId: second })).meetings[0]?.others).toEqual([
      { caseId: journal.caseId, alias: 'Familia R.' },
    ]);
    expect(await call('listSupervisionMeetings', { caseId: third })).toEqual({ meetings: [] });
    // A case recorded alone later is a meeting of its own, naming nobody.
    await call('recordSupervision', {
      caseId: third,
      heldOn: '2025-03-13',
      supervisor: 'R. Soto',
      kind: 'individual',
      briefs: [],
      visibility: 'private',
      actions: [],
    });
    expect(await call('listSupervisionMeetings', { caseId: third })).toEqual({ meetings: [] });

    // Search follows the save: each part found in its case, with its visibility.
    const found = async (query: string, visibility?: 'private' | 'supervision') =>
      (await call('searchJournal', { query, ...(visibility === undefined ? {} : { visibility }) })).hits.map((hit) => [
        hit.record,
        hit.caseAlias,
        hit.entryId,
        hit.field,
        hit.visibility,
      ]);
    expect(await found('desconfia')).toEqual([['supervision', 'Familia R.', first?.id, 'discussed', 'private']]);
    expect(await found('alianza padre', 'supervision')).toEqual([
      ['supervision', 'Familia S.', other?.id, 'remarks', 'supervision'],
    ]);
    expect(await found('alianza padre', 'private')).toEqual([]);
    expect(await found('llamar abuela', 'supervision')).toEqual([
      ['supervision', 'Familia R.', first?.id, 'action', 'supervision'],
    ]);
    // An action answered is found by what followed.
    const actionId = first?.actions[0]?.id as string;
    await call('updateAgreedAction', {
      caseId: journal.caseId,
      actionId,
      status: 'done',
      note: 'Respondió con calma.',
      on: '2025-03-14',
    });
    expect(await found('calma')).toEqual([['supervision', 'Familia R.', first?.id, 'update', 'supervision']]);
  });

  it('is written in none of its cases when one refuses it, or when a case is not in the journal', async () => {
    const before = await Promise.all([journal.caseId, second, third].map(supervisionsOf));
    // Through the service, so the request is not checked on the way: the second case's part cannot be stored.
    await expect(
      journal.services.journal.recordSupervisionMeeting({
        heldOn: '2025-03-13',
        supervisor: 'R. Soto',
        kind: 'group',
        parts: [
          { caseId: journal.caseId, briefs: [], visibility: 'private', actions: [{ what: 'Visitar el colegio.' }] },
          { caseId: second, briefs: [], visibility: 'private', actions: [{ what: 'x'.repeat(600) }] },
        ],
      }),
    ).rejects.toMatchObject({ code: 'invalid-request' });
    await expect(
      call('recordSupervisionMeeting', {
        heldOn: '2025-03-13',
        supervisor: 'R. Soto',
        kind: 'group',
        parts: [
          { caseId: journal.caseId, briefs: [], visibility: 'private', actions: [] },
          { caseId: '00000000-0000-4000-8000-000000000000', briefs: [], visibility: 'private', actions: [] },
        ],
      }),
    ).rejects.toMatchObject({ code: 'missing-file' });
    // The same case twice, or no case at all, is refused before anything is read.
    const twice = { caseId: second, briefs: [], visibility: 'private' as const, actions: [] };
    await expect(
      call('recordSupervisionMeeting', {
        heldOn: '2025-03-13',
        supervisor: 'R. Soto',
        kind: 'group',
        parts: [twice, twice],
      }),
    ).rejects.toMatchObject({ code: 'invalid-request' });
    await expect(
      call('recordSupervisionMeeting', { heldOn: '2025-03-13', supervisor: 'R. Soto', kind: 'group', parts: [] }),
    ).rejects.toMatchObject({ code: 'invalid-request' });
    expect(await Promise.all([journal.caseId, second, third].map(supervisionsOf))).toEqual(before);
    expect((await call('searchJournal', { query: 'colegio visitar' })).hits).toEqual([]);
  });
});
