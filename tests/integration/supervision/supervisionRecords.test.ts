/**
 * The supervision loop's records through the real router: a returned brief read (from a chosen
 * file and from pasted text) with the brief's pseudonyms for the screen, a supervision recorded
 * with its agreed actions and the notes sent back, an action answered, and the open actions of
 * every open case for the home queue. Names never enter what is stored.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHandlers } from '../../../src/main/handlers/createHandlers';
import { createRouter } from '../../../src/main/ipc/router';
import { createReturnedBriefReader } from '../../../src/main/supervision/returnedBriefService';
import type { RequestOf, ResponseOf } from '../../../src/shared/ipc/contract';
import { ipcChannel, type MethodName } from '../../../src/shared/ipc/names';
import { editAsSupervisor } from '../../support/supervisorEdits';
import { openExportJournal, textOf, unzip, type ExportJournal } from '../exports/support';

let journal: ExportJournal;
let exportId: string;
let returnedPath: string;

async function call<M extends MethodName>(method: M, request: RequestOf<M>): Promise<ResponseOf<M>> {
  const router = createRouter({ handlers: createHandlers(journal.services), isTrustedSender: () => true });
  const result = await router.dispatch(ipcChannel(method), request, { url: 'app://alianza/index.html' });
  if (!result.ok) throw Object.assign(new Error(result.error.message), { code: result.error.code });
  return result.value as ResponseOf<M>;
}

beforeAll(async () => {
  journal = await openExportJournal();
  const saved = await journal.services.exports.saveBrief(
    { caseId: journal.caseId, language: 'es', from: null, format: 'docx' },
    path.join(journal.outbox, 'minuta.docx'),
  );
  if (saved.status !== 'saved') throw new Error('The brief was not saved.');
  exportId = saved.record.id;
  returnedPath = path.join(journal.outbox, 'minuta-con-notas.docx');
  await writeFile(
    returnedPath,
    editAsSupervisor(await readFile(saved.path), {
      notes: { heading: 'Notas de la supervisión', paragraphs: ['Reunirse con Madre A y con Abuela A por separado.'] },
      comment: { author: 'R. Soto', text: '¿Cómo reaccionó NNA 1?', onParagraphContaining: 'llegó tarde con NNA 1' },
    }),
  );
}, 60_000);
afterAll(() => journal.close());

describe('a brief sent back, read', () => {
  it('from the file chosen: the brief, its case, the notes as written and the pseudonyms for the screen', async () => {
    const read = createReturnedBriefReader({
      open: () => journal.services.journal.open(),
      chooseFile: async ({ purpose }) => (purpose === 'returned-brief' ? returnedPath : undefined),
    });
    const answer = await read({});
    if (answer.status !== 'found') throw new Error(`Refused: ${JSON.stringify(answer)}`);
    expect(answer.brief).toMatchObject({
      caseId: journal.caseId,
      caseAlias: 'Familia R.',
      exportId,
      notes: ['Reunirse con Madre A y con Abuela A por separado.'],
      comments: [{ author: 'R. Soto', text: '¿Cómo reaccionó NNA 1?' }],
    });
    // The labels are the brief's own: each one is printed in it.
    const printed = textOf(
      unzip(await readFile(path.join(journal.outbox, 'minuta.docx')))
        .get('word/document.xml')!
        .toString('utf8'),
    );
    for (const { label } of answer.brief.pseudonyms.filter((each) => ['p-mother', 'p-child'].includes(each.partyId)))
      expect(printed).toContain(label);
    expect(answer.brief.pseudonyms).toEqual(
      expect.arrayContaining([
        { label: 'Madre A', partyId: 'p-mother', name: 'María José Pérez' },
        { label: 'NNA 1', partyId: 'p-child', name: 'Tomás Pérez Soto' },
      ]),
    );
  });

  it('through the router from pasted text, and a cancelled dialog or a missing dialog is said as such', async () => {
    const refused = await call('readReturnedBrief', { pasted: 'Hola, te mando mis notas.' });
    expect(refused).toEqual({ status: 'refused', reason: 'not-a-brief' });
    await expect(call('readReturnedBrief', {})).rejects.toMatchObject({ code: 'unavailable' });
    const cancelled = createReturnedBriefReader({
      open: () => journal.services.journal.open(),
      chooseFile: async () => undefined,
    });
    expect(await cancelled({})).toEqual({ status: 'cancelled' });
  });
});

describe('a supervision recorded', () => {
  it('keeps the notes sent back as written, two agreed actions open on the home queue, and an answered one leaves it', async () => {
    const part = await call('recordSupervision', {
      caseId: journal.caseId,
      heldOn: '2025-03-20',
      supervisor: 'R. Soto',
      kind: 'individual',
      briefs: [],
      remarks: 'Ver a cada adulto por separado.',
      visibility: 'private',
      actions: [
        { what: 'Reunirse con cada adulto por separado', due: '2025-04-03' },
        { what: 'Preguntar al colegio por las inasistencias' },
      ],
      returned: {
        exportId,
        reference: 'SB-0000-0000-0000',
        notes: ['Reunirse con Madre A y con Abuela A por separado.'],
        comments: [{ text: '¿Cómo reaccionó NNA 1?', author: 'R. Soto' }],
      },
    });
    expect(part.briefs).toEqual([exportId]);
    expect(part.actions.map((action) => action.status)).toEqual(['open', 'open']);
    const stored = await call('getCase', { caseId: journal.caseId });
    expect(JSON.stringify(stored.supervisions)).not.toMatch(/María|Rosa|Tomás/);

    const queue = await call('listOpenActions', undefined);
    expect(queue.actions.map((action) => [action.what, action.due ?? null, action.caseAlias])).toEqual([
      ['Reunirse con cada adulto por separado', '2025-04-03', 'Familia R.'],
      ['Preguntar al colegio por las inasistencias', null, 'Familia R.'],
    ]);

    const [first] = part.actions;
    const updated = await call('updateAgreedAction', {
      caseId: journal.caseId,
      actionId: first!.id,
      status: 'done',
      note: 'Nos reunimos el 25; la madre habló más tranquila.',
      on: '2025-03-25',
    });
    expect(updated.actions[0]).toMatchObject({ status: 'done', updates: [{ status: 'done', on: '2025-03-25' }] });
    expect((await call('listOpenActions', undefined)).actions.map((action) => action.what)).toEqual([
      'Preguntar al colegio por las inasistencias',
    ]);
    expect((await journal.services.care.verify()).problems).toEqual([]);
  });

  it('refuses a supervision dated after today, an update before the supervision, and an unknown action', async () => {
    const refusal = (promise: Promise<unknown>) =>
      promise.then(
        () => 'accepted',
        (error: { code?: string }) => error.code,
      );
    const base = {
      caseId: journal.caseId,
      supervisor: 'R. Soto',
      kind: 'group' as const,
      briefs: [],
      visibility: 'private' as const,
      actions: [{ what: 'Algo' }],
    };
    expect(await refusal(call('recordSupervision', { ...base, heldOn: '2099-01-01' }))).toBe('invalid-request');
    const part = await call('recordSupervision', { ...base, heldOn: '2025-03-21' });
    const update = {
      caseId: journal.caseId,
      actionId: part.actions[0]!.id,
      status: 'dropped' as const,
      on: '2025-03-01',
    };
    expect(await refusal(call('updateAgreedAction', update))).toBe('invalid-request');
    expect(await refusal(call('updateAgreedAction', { ...update, actionId: 'no-such-action', on: '2025-03-22' }))).toBe(
      'invalid-request',
    );
  });
});
