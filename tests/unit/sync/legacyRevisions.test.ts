import { describe, expect, it } from 'vitest';
import {
  caseFromStored,
  detailsRecord,
  entryRecord,
  snapshotRecord,
  type CaseRecord,
} from '../../../src/main/journal/caseDocument';
import { caseRevisionSchema } from '../../../src/main/sync/caseRecordKeys';
import { caseStateOf } from '../../../src/main/sync/caseState';
import { legacyCaseRevisions } from '../../../src/main/sync/legacyRevisions';
import { mergeRevisions } from '../../../src/main/sync/mergeRevisions';
import type { CaseWithEntries } from '../../../src/shared/domain/case';
import type { Entry } from '../../../src/shared/domain/entry';
import { entryContent, goals, parties, storedEntry } from '../journal/journalFixtures';

const opened: CaseWithEntries = {
  id: 'case-1',
  alias: 'Familia Pérez',
  status: 'open',
  phase: 'start',
  phaseHistory: [{ phase: 'start', changedAt: '2025-03-01', decidedBy: 'practitioner' }],
  openedAt: '2025-03-01',
  parties,
  goals,
  createdAt: '2025-03-01T10:00:00.000Z',
  updatedAt: '2025-03-01T10:00:00.000Z',
  entries: [],
};

function reflection(id: string, text: string, updatedAt: string): Entry {
  const content = entryContent();
  const entry = storedEntry(
    id,
    { ...content, sections: [{ ...content.sections[0]!, text }] },
    '2025-03-14T15:00:00.000Z',
  );
  return { ...entry, updatedAt };
}

/** An old log: the case, two reflections, a move to evaluation without the grandmother, one reflection edited. */
function oldLog(): CaseRecord[] {
  const first = reflection('e-1', 'Primera sesión.', '2025-03-14T15:00:00.000Z');
  const second = reflection('e-2', 'Segunda sesión.', '2025-03-21T15:00:00.000Z');
  const moved: CaseWithEntries = {
    ...opened,
    phase: 'evaluation',
    phaseHistory: [...opened.phaseHistory, { phase: 'evaluation', changedAt: '2025-03-22', decidedBy: 'team' }],
    parties: parties.filter((party) => party.id !== 'p-grandmother'),
    updatedAt: '2025-03-22T09:00:00.000Z',
    entries: [first, second],
  };
  return [
    snapshotRecord(opened),
    entryRecord(first, first.updatedAt),
    entryRecord(second, second.updatedAt),
    detailsRecord(moved),
    entryRecord(
      reflection('e-1', 'Primera sesión, corregida.', '2025-03-23T10:00:00.000Z'),
      '2025-03-23T10:00:00.000Z',
    ),
  ];
}

/** The case the single-device journal reads from the same records. */
function readByTheJournal(records: CaseRecord[]): CaseWithEntries {
  const stored = {
    data: records,
    generation: 1,
    log: { generation: 1, records: records.length, length: 0, firstLength: 0, torn: false },
  };
  return caseFromStored('case-1', stored, 'cases/case-1.alz');
}

function byId(journalCase: CaseWithEntries | undefined) {
  return journalCase === undefined
    ? undefined
    : { ...journalCase, entries: [...journalCase.entries].sort((a, b) => a.id.localeCompare(b.id)) };
}

describe('an old case log read as the legacy device', () => {
  it('gives the case the single-device journal reads from it, with nothing in conflict', () => {
    const records = oldLog();
    const state = caseStateOf(legacyCaseRevisions(records));
    expect(state.conflicts).toEqual([]);
    expect(byId(state.journalCase)).toEqual(byId(readByTheJournal(records)));
    expect(state.journalCase?.parties.map((party) => party.id)).toEqual(['p-child', 'p-mother']);
    // The grandmother's removal is a revision too: her earlier record is kept.
    expect(state.merged.registers.get('party:p-grandmother')?.current.value).toBeNull();
  });

  it('makes only revisions the vault would store', () => {
    for (const revision of legacyCaseRevisions(oldLog())) {
      expect(caseRevisionSchema.safeParse(revision).error).toBeUndefined();
    }
  });

  it('makes the very same revisions on two devices migrating the same old file while apart', () => {
    const office = legacyCaseRevisions(oldLog());
    const home = legacyCaseRevisions(oldLog());
    expect(home).toEqual(office);
    const merged = mergeRevisions([...office, ...home]);
    expect(merged.reusedIds).toEqual([]);
    expect(
      [...merged.registers.values()].flatMap((register) => [register.current, ...register.superseded]),
    ).toHaveLength(office.length);
  });

  it('adds a reflection one device saved in the old format before migrating, without a conflict', () => {
    const late = reflection('e-3', 'Sólo en la casa.', '2025-03-28T20:00:00.000Z');
    const home = [...oldLog(), entryRecord(late, late.updatedAt)];
    const state = caseStateOf([...legacyCaseRevisions(oldLog()), ...legacyCaseRevisions(home)]);
    expect(state.conflicts).toEqual([]);
    expect(state.journalCase?.entries.map((entry) => entry.id).sort()).toEqual(['e-1', 'e-2', 'e-3']);
  });

  it('shows a reflection edited differently in each device’s old file as a conflict, keeping both', () => {
    const atOffice = reflection('e-2', 'Editada en la oficina.', '2025-03-29T09:00:00.000Z');
    const atHome = reflection('e-2', 'Editada en la casa.', '2025-03-29T21:00:00.000Z');
    const state = caseStateOf([
      ...legacyCaseRevisions([...oldLog(), entryRecord(atOffice, atOffice.updatedAt)]),
      ...legacyCaseRevisions([...oldLog(), entryRecord(atHome, atHome.updatedAt)]),
    ]);
    expect(state.conflicts).toHaveLength(1);
    const [conflict] = state.conflicts;
    expect(conflict?.key).toBe('entry:e-2');
    expect(conflict?.current.value).toEqual(atHome);
    expect(conflict?.others.map((revision) => revision.value)).toEqual([atOffice]);
  });

  it('asks nothing when one device’s old log was compacted and the other’s was not', () => {
    const records = oldLog();
    const compacted = [snapshotRecord(readByTheJournal(records))];
    const state = caseStateOf([...legacyCaseRevisions(records), ...legacyCaseRevisions(compacted)]);
    expect(state.conflicts).toEqual([]);
    expect(byId(state.journalCase)).toEqual(byId(readByTheJournal(records)));
  });
});
