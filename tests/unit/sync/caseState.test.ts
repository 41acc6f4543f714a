import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { caseRecordKey, caseRevisionSchema, type CaseDetails } from '../../../src/main/sync/caseRecordKeys';
import { caseStateOf } from '../../../src/main/sync/caseState';
import { clockAfter } from '../../../src/main/sync/hybridClock';
import { mergeRevisions } from '../../../src/main/sync/mergeRevisions';
import { resolvingRevision, savedRevision } from '../../../src/main/sync/newRevision';
import { revisionIdOf, type Revision } from '../../../src/main/sync/revision';
import { fallsBehind, versionVectorOf } from '../../../src/main/sync/versionVector';
import { caseWithEntriesSchema } from '../../../src/shared/domain/journal';
import type { Entry } from '../../../src/shared/domain/entry';
import type { WarningDecision } from '../../../src/shared/domain/warningDecision';
import { entryContent, goals, parties, storedEntry } from '../journal/journalFixtures';
import { device, save, sync, type Device } from './twoDevices';

/** Saves a reflection written on 14 March with `text` as its first part, at the wall time `at`. */
function saveReflection(on: Device, entryId: string, text: string, at: string): Revision {
  return save(on, caseRecordKey('entry', entryId), reflection(entryId, text, '2025-03-14T15:00:00.000Z'), at);
}

const details: CaseDetails = {
  id: 'case-1',
  alias: 'Familia Pérez',
  reference: 'RIT C-1234-2024',
  status: 'open',
  phase: 'start',
  openedAt: '2025-03-01',
  createdAt: '2025-03-01T10:00:00.000Z',
  updatedAt: '2025-03-01T10:00:00.000Z',
};

/** A case made at the office with its parties, goal and first phase, then synced home. */
function caseAtBoth(): { office: Device; home: Device } {
  const office = device('a', caseRevisionSchema);
  const home = device('b', caseRevisionSchema);
  save(office, 'details', details, '2025-03-01T10:00:00.000Z');
  for (const party of parties) save(office, caseRecordKey('party', party.id), party, '2025-03-01T10:00:00.000Z');
  for (const goal of goals) save(office, caseRecordKey('goal', goal.id), goal, '2025-03-01T10:00:00.000Z');
  save(
    office,
    caseRecordKey('phase', 'ph-1'),
    { phase: 'start', changedAt: '2025-03-01', decidedBy: 'practitioner' },
    '2025-03-01T10:00:00.000Z',
  );
  sync(office, home);
  return { office, home };
}

function reflection(id: string, text: string, createdAt: string): Entry {
  const content = entryContent();
  return storedEntry(id, { ...content, sections: [{ ...content.sections[0]!, text }] }, createdAt);
}

describe('the state of a case written on two devices', () => {
  it('holds on both devices every reflection either wrote while they were apart', () => {
    const { office, home } = caseAtBoth();
    saveReflection(office, 'e-office', 'At the office.', '2025-03-14T15:00:00.000Z');
    save(
      home,
      'entry:e-home',
      reflection('e-home', 'At home.', '2025-03-14T21:00:00.000Z'),
      '2025-03-14T21:00:00.000Z',
    );
    sync(office, home);
    sync(home, office);
    const atOffice = caseStateOf(office.known.values());
    const atHome = caseStateOf(home.known.values());
    expect(atOffice.conflicts).toEqual([]);
    expect(atOffice.journalCase?.entries.map((entry) => entry.id).sort()).toEqual(['e-home', 'e-office']);
    expect(atHome.journalCase).toEqual(atOffice.journalCase);
    expect(atOffice.journalCase?.updatedAt).toBe('2025-03-14T21:00:00.000Z');
    // The merged case is one the single-device journal would accept whole.
    expect(caseWithEntriesSchema.safeParse(atOffice.journalCase).success).toBe(true);
  });

  it('keeps the earlier of two edits of one reflection made apart, marked, until one device confirms a text', () => {
    const { office, home } = caseAtBoth();
    saveReflection(office, 'e-1', 'First words.', '2025-03-14T15:00:00.000Z');
    sync(office, home);
    const atOffice = saveReflection(office, 'e-1', 'Edited at the office.', '2025-03-15T09:00:00.000Z');
    const atHome = saveReflection(home, 'e-1', 'Edited at home.', '2025-03-15T20:00:00.000Z');
    sync(office, home);
    sync(home, office);

    const state = caseStateOf(office.known.values());
    expect(state.conflicts).toEqual([
      { key: 'entry:e-1', kind: 'entry', current: atHome, others: [atOffice], toSettle: true },
    ]);
    expect(state.journalCase?.entries[0]?.sections[0]?.text).toBe('Edited at home.');
    expect(caseStateOf(home.known.values()).conflicts).toEqual(state.conflicts);

    // At home the practitioner confirms the office's text; the office reads that and the conflict is gone there too.
    const register = mergeRevisions(home.known.values()).registers.get('entry:e-1')!;
    const made = resolvingRevision(home.writer, register, atOffice.value, Date.parse('2025-03-16T08:00:00.000Z'));
    home.writer = made.writer;
    home.known.set(revisionIdOf(made.revision), made.revision);
    expect(made.revision.replaces).toEqual([revisionIdOf(atOffice), revisionIdOf(atHome)].sort());
    sync(home, office);
    for (const side of [office, home]) {
      const settled = caseStateOf(side.known.values());
      expect(settled.conflicts).toEqual([]);
      expect(settled.journalCase?.entries[0]?.sections[0]?.text).toBe('Edited at the office.');
      // Both texts are still there, as history.
      expect(settled.merged.registers.get('entry:e-1')?.superseded).toEqual(expect.arrayContaining([atOffice, atHome]));
    }
  });

  it('leaves a conflict waiting when the shown text is edited again before it is settled', () => {
    const { office, home } = caseAtBoth();
    saveReflection(office, 'e-1', 'First.', '2025-03-14T15:00:00.000Z');
    sync(office, home);
    saveReflection(office, 'e-1', 'Office.', '2025-03-15T09:00:00.000Z');
    saveReflection(home, 'e-1', 'Home.', '2025-03-15T20:00:00.000Z');
    sync(office, home);
    const again = saveReflection(home, 'e-1', 'Home, again.', '2025-03-15T21:00:00.000Z');
    const [conflict] = caseStateOf(home.known.values()).conflicts;
    expect(conflict?.current).toBe(again);
    expect(conflict?.others.map((revision) => (revision.value as Entry).sections[0]?.text)).toEqual(['Office.']);
  });

  it('keeps an edit that arrived while the same reflection was open on the other device', () => {
    const { office, home } = caseAtBoth();
    saveReflection(office, 'e-1', 'First.', '2025-03-14T15:00:00.000Z');
    sync(office, home);
    // Home opens the reflection; meanwhile the office's edit arrives.
    const opened = mergeRevisions(home.known.values()).registers.get('entry:e-1');
    const atOffice = saveReflection(office, 'e-1', 'Office.', '2025-03-15T09:00:00.000Z');
    sync(office, home);
    const { revision: atHome, writer } = savedRevision(
      home.writer,
      'entry:e-1',
      reflection('e-1', 'Home.', '2025-03-14T15:00:00.000Z'),
      opened,
      Date.parse('2025-03-15T10:00:00.000Z'),
    );
    home.writer = writer;
    home.known.set(revisionIdOf(atHome), atHome);
    const [conflict] = caseStateOf(home.known.values()).conflicts;
    expect(conflict?.current).toBe(atHome);
    expect(conflict?.others).toEqual([atOffice]);
  });

  it('never takes an edit made after reading the other device’s for a conflict, even with its clock an hour behind', () => {
    const { office, home } = caseAtBoth();
    saveReflection(office, 'e-1', 'Office.', '2025-03-14T15:00:00.000Z');
    sync(office, home);
    const later = saveReflection(home, 'e-1', 'Home.', '2025-03-14T14:00:00.000Z');
    sync(home, office);
    const state = caseStateOf(office.known.values());
    expect(state.conflicts).toEqual([]);
    expect(state.merged.registers.get('entry:e-1')?.current).toBe(later);
  });

  it('keeps every phase change and warning decision made apart, in date order, the phase being the last', () => {
    const { office, home } = caseAtBoth();
    save(
      office,
      caseRecordKey('phase', 'ph-2'),
      { phase: 'evaluation', changedAt: '2025-04-01', decidedBy: 'team' },
      '2025-04-01T10:00:00.000Z',
    );
    save(
      home,
      caseRecordKey('phase', 'ph-3'),
      { phase: 'intervention', changedAt: '2025-05-02', decidedBy: 'court' },
      '2025-03-20T10:00:00.000Z',
    );
    const decision = (id: string, decidedAt: string): WarningDecision => ({
      id,
      warningId: `w-${id}`,
      rule: 'alliance-fall',
      kind: 'taken-to-supervision',
      noteVisibility: 'private',
      sessions: [],
      decidedAt,
    });
    save(
      home,
      caseRecordKey('decision', 'd-2'),
      decision('d-2', '2025-04-03T10:00:00.000Z'),
      '2025-04-03T10:00:00.000Z',
    );
    save(
      office,
      caseRecordKey('decision', 'd-1'),
      decision('d-1', '2025-04-02T10:00:00.000Z'),
      '2025-04-02T10:00:00.000Z',
    );
    sync(office, home);
    sync(home, office);
    const state = caseStateOf(home.known.values());
    expect(state.conflicts).toEqual([]);
    expect(state.journalCase?.phaseHistory.map((change) => change.phase)).toEqual([
      'start',
      'evaluation',
      'intervention',
    ]);
    expect(state.journalCase?.phase).toBe('intervention');
    expect(state.journalCase?.warningDecisions?.map((each) => each.id)).toEqual(['d-1', 'd-2']);
  });

  it('lets the later edit of a goal stand and only tells; leaves out a party removed; keeps attendance from both', () => {
    const { office, home } = caseAtBoth();
    const goal = goals[0]!;
    save(office, caseRecordKey('goal', goal.id), { ...goal, status: 'in-progress' }, '2025-04-01T10:00:00.000Z');
    save(home, caseRecordKey('goal', goal.id), { ...goal, status: 'achieved' }, '2025-04-01T20:00:00.000Z');
    save(home, caseRecordKey('party', 'p-grandmother'), null, '2025-04-01T20:00:00.000Z');
    const missed = (id: string, plannedOn: string) => ({
      id,
      plannedOn,
      status: 'not-attended' as const,
      noteVisibility: 'private' as const,
      createdAt: `${plannedOn}T12:00:00.000Z`,
      updatedAt: `${plannedOn}T12:00:00.000Z`,
    });
    save(office, caseRecordKey('attendance', 'a-1'), missed('a-1', '2025-04-07'), '2025-04-07T12:00:00.000Z');
    save(home, caseRecordKey('attendance', 'a-2'), missed('a-2', '2025-04-14'), '2025-04-14T12:00:00.000Z');
    sync(office, home);
    const state = caseStateOf(home.known.values());
    expect(state.journalCase?.goals[0]?.status).toBe('achieved');
    expect(state.conflicts.map(({ key, toSettle }) => ({ key, toSettle }))).toEqual([
      { key: 'goal:g-visits', toSettle: false },
    ]);
    expect(state.journalCase?.parties.map((party) => party.id)).toEqual(['p-child', 'p-mother']);
    expect(state.journalCase?.attendance?.map((record) => record.id)).toEqual(['a-1', 'a-2']);
  });

  it('asks nothing when both devices made the same change apart, at different moments', () => {
    const { office, home } = caseAtBoth();
    const closed = (updatedAt: string) => ({ ...details, status: 'closed', closedAt: '2025-06-30', updatedAt });
    const atOffice = save(office, 'details', closed('2025-06-30T09:00:00.000Z'), '2025-06-30T09:00:00.000Z');
    const atHome = save(home, 'details', closed('2025-06-30T21:00:00.000Z'), '2025-06-30T21:00:00.000Z');
    sync(office, home);
    const state = caseStateOf(home.known.values());
    expect(state.conflicts).toEqual([]);
    expect(state.merged.registers.get('details')).toMatchObject({ current: atHome, alike: [atOffice] });
    expect(state.journalCase?.status).toBe('closed');
  });

  it('makes no case of a reflection whose case details have not arrived yet', () => {
    const { office } = caseAtBoth();
    const only = saveReflection(office, 'e-1', 'Early.', '2025-03-14T15:00:00.000Z');
    const state = caseStateOf([only]);
    expect(state.journalCase).toBeUndefined();
    expect(state.merged.registers.get('entry:e-1')?.current).toBe(only);
  });

  it('keeps both of two different revisions under one id, and names the id', () => {
    const first = device('a', caseRevisionSchema);
    const clone = device('a', caseRevisionSchema);
    const mine = saveReflection(first, 'e-1', 'One machine.', '2025-03-14T15:00:00.000Z');
    const theirs = saveReflection(clone, 'e-1', 'A copied profile.', '2025-03-14T16:00:00.000Z');
    const merged = mergeRevisions([mine, theirs]);
    expect(merged.reusedIds).toEqual([revisionIdOf(mine)]);
    const register = merged.registers.get('entry:e-1');
    expect([register?.current, ...(register?.concurrent ?? [])]).toEqual([theirs, mine]);
  });
});

describe('the state of a case, whatever the order its revisions are read in', () => {
  it('is the same for every order and every repetition', () => {
    const { office, home } = caseAtBoth();
    saveReflection(office, 'e-1', 'First.', '2025-03-14T15:00:00.000Z');
    sync(office, home);
    saveReflection(office, 'e-1', 'Office.', '2025-03-15T09:00:00.000Z');
    saveReflection(home, 'e-1', 'Home.', '2025-03-15T20:00:00.000Z');
    saveReflection(home, 'e-2', 'Second.', '2025-03-21T20:00:00.000Z');
    save(home, caseRecordKey('party', 'p-grandmother'), null, '2025-03-21T20:00:00.000Z');
    save(
      office,
      caseRecordKey('phase', 'ph-2'),
      { phase: 'evaluation', changedAt: '2025-03-22', decidedBy: 'team' },
      '2025-03-22T09:00:00.000Z',
    );
    sync(office, home);
    const all = [...home.known.values()];
    const expected = caseStateOf(all);
    expect(expected.conflicts).toHaveLength(1);
    fc.assert(
      fc.property(
        fc.shuffledSubarray(all, { minLength: all.length, maxLength: all.length }),
        fc.subarray(all),
        (shuffled, repeated) => {
          const state = caseStateOf([...repeated, ...shuffled]);
          expect(state.journalCase).toEqual(expected.journalCase);
          expect(state.conflicts).toEqual(expected.conflicts);
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe('a stored revision of a case', () => {
  const saved = {
    version: 1,
    device: 'a'.repeat(32),
    sequence: 3,
    key: 'entry:e-1',
    replaces: [`${'b'.repeat(32)}.2`],
    clock: { wall: 1_741_964_400_000, counter: 0 },
    value: reflection('e-1', 'Text.', '2025-03-14T15:00:00.000Z'),
  };

  it('is accepted with its value checked by its kind', () => {
    expect(caseRevisionSchema.safeParse(saved).success).toBe(true);
    expect(caseRevisionSchema.safeParse({ ...saved, key: caseRecordKey('party', 'p-1'), value: null }).success).toBe(
      true,
    );
  });

  it('is refused when its key and value disagree, its value is not of its kind, or it cannot be', () => {
    const refused = [
      { ...saved, key: 'entry:e-2' },
      { ...saved, value: { ...saved.value, sessionDate: '2025-02-30' } },
      { ...saved, key: 'details', value: null },
      { ...saved, value: null },
      { ...saved, key: 'details' },
      { ...saved, key: 'decision:d-1', value: null },
      { ...saved, key: 'recipe:r-1' },
      { ...saved, version: 2 },
      { ...saved, replaces: ['someone.1'] },
      { ...saved, sequence: 0 },
    ];
    for (const revision of refused) expect(caseRevisionSchema.safeParse(revision).success).toBe(false);
  });
});

describe('what a device has read of the others', () => {
  it('counts each device up to its first gap, and names the gaps', () => {
    const a = 'a'.repeat(32);
    const b = 'b'.repeat(32);
    const read = [1, 2, 3, 5, 7].map((sequence) => ({ device: a, sequence })).concat([{ device: b, sequence: 1 }]);
    const vector = versionVectorOf(read);
    expect(vector).toEqual({ complete: { [a]: 3, [b]: 1 }, missing: { [a]: [4, 6] } });
    expect(fallsBehind(vector, { [a]: 3, [b]: 1 })).toEqual([]);
    expect(fallsBehind(vector, { [a]: 4, [b]: 1, ['c'.repeat(32)]: 2 })).toEqual([a, 'c'.repeat(32)]);
  });

  it('stamps a revision after every clock it has read, whatever the wall clock says', () => {
    expect(clockAfter([{ wall: 5_000, counter: 2 }], 1_000)).toEqual({ wall: 5_000, counter: 3 });
    expect(clockAfter([{ wall: 5_000, counter: 2 }], 9_000)).toEqual({ wall: 9_000, counter: 0 });
    expect(clockAfter([], 9_000)).toEqual({ wall: 9_000, counter: 0 });
  });
});
