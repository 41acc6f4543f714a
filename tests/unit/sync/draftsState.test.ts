import { describe, expect, it } from 'vitest';
import { draftRecordKey, draftRevisionSchema } from '../../../src/main/sync/draftRecordKeys';
import { draftsStateOf } from '../../../src/main/sync/draftsState';
import type { Draft } from '../../../src/shared/journal/requests';
import { device, save, sync } from './twoDevices';

function draft(draftId: string, text: string, savedAt: string): Draft {
  return { draftId, caseId: 'case-1', entryId: `entry-${draftId}`, savedAt, content: { whatHappened: text } };
}

describe('drafts saved on two devices', () => {
  it('are all listed on both, newest first, and a draft discarded on one goes on both', () => {
    const office = device('a', draftRevisionSchema);
    const home = device('b', draftRevisionSchema);
    const begun = draft('d-1', 'Empezado en la oficina', '2025-04-01T09:00:00.000Z');
    save(office, draftRecordKey('draft', begun), begun, begun.savedAt);
    const other = draft('d-2', 'En la casa', '2025-04-01T20:00:00.000Z');
    save(home, draftRecordKey('draft', other), other, other.savedAt);
    sync(office, home);
    sync(home, office);
    expect(draftsStateOf(office.known.values()).drafts.map((each) => each.draftId)).toEqual(['d-2', 'd-1']);
    save(home, draftRecordKey('draft', begun), null, '2025-04-02T08:00:00.000Z');
    sync(home, office);
    expect(draftsStateOf(office.known.values())).toEqual({ drafts: [other], conflicts: [] });
  });

  it('keep a draft continued on both devices apart, the later current and the other in the inbox', () => {
    const office = device('a', draftRevisionSchema);
    const home = device('b', draftRevisionSchema);
    const begun = draft('d-1', 'Empezado', '2025-04-01T09:00:00.000Z');
    save(office, draftRecordKey('draft', begun), begun, begun.savedAt);
    sync(office, home);
    const atOffice = save(
      office,
      draftRecordKey('draft', begun),
      draft('d-1', 'Seguido en la oficina', '2025-04-01T10:00:00.000Z'),
      '2025-04-01T10:00:00.000Z',
    );
    const atHome = save(
      home,
      draftRecordKey('draft', begun),
      draft('d-1', 'Seguido en la casa', '2025-04-01T21:00:00.000Z'),
      '2025-04-01T21:00:00.000Z',
    );
    // The same text autosaved on both at different moments is no conflict.
    const same = draft('d-3', 'Igual', '2025-04-01T10:00:00.000Z');
    save(office, draftRecordKey('draft', same), same, same.savedAt);
    save(
      home,
      draftRecordKey('draft', same),
      { ...same, savedAt: '2025-04-01T22:00:00.000Z' },
      '2025-04-01T22:00:00.000Z',
    );
    sync(office, home);
    const state = draftsStateOf(home.known.values());
    expect(state.conflicts).toEqual([
      { key: 'draft:d-1', kind: 'draft', current: atHome, others: [atOffice], toSettle: false },
    ]);
    expect(state.drafts.map((each) => each.content)).toEqual([
      { whatHappened: 'Igual' },
      { whatHappened: 'Seguido en la casa' },
    ]);
  });
});
