import { describe, expect, it } from 'vitest';
import type { CaseSupervision } from '../../../src/shared/domain/supervision';
import type { WarningDecision } from '../../../src/shared/domain/warningDecision';
import { briefOf, familyCase } from './fixtures';

const supervision = (heldOn: string, actions: CaseSupervision['actions']): CaseSupervision => ({
  id: `s-${heldOn}`,
  supervisionId: `m-${heldOn}`,
  heldOn,
  supervisor: 'Ramona Soto',
  kind: 'individual',
  briefs: [],
  // Remarks never enter a brief, whatever their visibility.
  remarks: 'Comentario de la supervisora que no sale',
  visibility: 'supervision',
  actions,
  returned: [],
  recordedAt: `${heldOn}T20:00:00.000Z`,
  updatedAt: `${heldOn}T20:00:00.000Z`,
});

const decision = (
  id: string,
  decidedAt: string,
  noteVisibility: WarningDecision['noteVisibility'],
): WarningDecision => ({
  id,
  warningId: `alliance-fall-${id}`,
  rule: 'alliance-fall',
  kind: 'taken-to-supervision',
  note: 'Lo hablé con María José después de la audiencia.',
  noteVisibility,
  sessions: [{ entryId: 'e-1', date: '2025-03-18' }],
  decidedAt,
});

const base = familyCase({
  supervisions: [
    supervision('2025-02-10', [{ id: 'a-old', what: 'Una acción de antes', status: 'open', updates: [] }]),
    supervision('2025-03-10', [
      {
        id: 'a-1',
        what: 'Reunirse con María José y con la abuela por separado',
        due: '2025-03-24',
        status: 'done',
        updates: [
          {
            status: 'done',
            note: 'Nos reunimos el 20; Tomás no estuvo.',
            on: '2025-03-20',
            recordedAt: '2025-03-20T19:00:00.000Z',
          },
        ],
      },
      { id: 'a-2', what: 'Llamar al colegio', status: 'open', updates: [] },
    ]),
  ],
  warningDecisions: [
    decision('before', '2025-03-05T10:00:00.000Z', 'supervision'),
    decision('shared', '2025-03-19T10:00:00.000Z', 'supervision'),
    decision('private', '2025-03-21T10:00:00.000Z', 'private'),
  ],
});

describe('a brief after a supervision', () => {
  it('opens with the last supervision’s actions, what followed, and the warnings taken to supervision since, de-identified', () => {
    const { model, markdown } = briefOf(base, {}, 'es');
    const opening = markdown.slice(markdown.indexOf('## Desde la última supervisión'));
    expect(markdown).toContain('## Desde la última supervisión (10 de marzo de 2025)');
    expect(opening).toContain('**Realizada** — Reunirse con Madre A y con');
    expect(opening).toContain('(para el 24 de marzo de 2025)');
    expect(opening).toContain('20 de marzo de 2025: Realizada — Nos reunimos el 20; NNA 1 no estuvo.');
    expect(opening).toContain('**Pendiente** — Llamar al colegio');
    expect(markdown).not.toContain('Una acción de antes');
    // Taken to supervision after the meeting; a private note stays out, a shared one is de-identified.
    expect(model.sinceSupervision?.warnings).toHaveLength(2);
    expect(opening).toContain('### Alertas de ruptura llevadas a supervisión');
    expect(opening.match(/La alianza bajó/g)).toHaveLength(2);
    expect(opening.match(/Lo hablé con Madre A después de la audiencia/g)).toHaveLength(1);
    for (const leak of ['María José', 'Tomás', 'Ramona', 'Comentario de la supervisora'])
      expect(markdown).not.toContain(leak);
  });

  it('shows the supervision held by the end of the period, not a later one', () => {
    const { model } = briefOf(base, { to: '2025-03-01' }, 'en');
    expect(model.sinceSupervision?.heldOn).toBe('2025-02-10');
  });

  it('before any supervision lists only the warnings waiting for one, and nothing when there are none', () => {
    const waiting = briefOf(
      familyCase({ warningDecisions: [decision('x', '2025-03-19T10:00:00.000Z', 'private')] }),
      {},
      'en',
    );
    expect(waiting.markdown).toContain('## To take to supervision');
    expect(waiting.markdown).not.toContain('### Actions agreed');
    expect(briefOf(familyCase(), {}, 'en').model.sinceSupervision).toBeUndefined();
  });
});
