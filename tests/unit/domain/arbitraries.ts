/**
 * fast-check generators of valid journal cases: every field, optional ones present or absent,
 * and only references, orderings and ids the cross-checks accept.
 */
import fc from 'fast-check';
import type { CaseWithEntries } from '../../../src/shared/domain/case';
import type { Entry, EntryContent } from '../../../src/shared/domain/entry';
import {
  attendanceStatuses,
  caseStatuses,
  feelings,
  feelingVisibilities,
  goalStatuses,
  kindOfStrategy,
  partyRoles,
  phaseDeciders,
  phases,
  promptIds,
  relationshipQualities,
  repairSteps,
  ruptureKinds,
  sectionVisibilities,
  sessionModalities,
  statementTypes,
  strategies,
  strategyOutcomes,
  systemicRelationships,
  tensionIndicators,
  tensionIntensities,
  tensionTypes,
} from '../../../src/shared/domain/taxonomy';

const oneOf = <T>(values: readonly T[]) => fc.constantFrom(...values);
// Records with the ordinary prototype, as parsed JSON has, so strict equality compares like with like.
const record: typeof fc.record = ((model: never, constraints?: object) =>
  fc.record(model, { ...constraints, noNullPrototype: true })) as typeof fc.record;
const id = fc.stringMatching(/^[A-Za-z0-9._:-]{1,16}$/);
const text = fc.string({ unit: 'grapheme', maxLength: 24 });
const nonBlank = text.filter((value) => value.trim() !== '');
const day = fc.integer({ min: Date.UTC(2015, 0, 1), max: Date.UTC(2035, 11, 31) });
const date = day.map((time) => new Date(time).toISOString().slice(0, 10));
const timestamp = day.map((time) => new Date(time).toISOString());
const rating = fc.integer({ min: 0, max: 10 });
const elements = { bond: rating, goals: rating, tasks: rating };

const subsetOf = <T>(values: readonly T[]) => fc.subarray([...values]);
const sortedBy =
  <T>(key: (value: T) => string) =>
  (values: T[]) =>
    [...values].sort((left, right) => (key(left) < key(right) ? -1 : key(left) > key(right) ? 1 : 0));

function content(partyIds: readonly string[]): fc.Arbitrary<EntryContent> {
  const statementBy =
    partyIds.length === 0
      ? record({ name: nonBlank })
      : fc.oneof(record({ partyId: oneOf(partyIds) }), record({ name: nonBlank }));
  const section = record(
    {
      id,
      title: text,
      visibility: oneOf(sectionVisibilities),
      statementType: oneOf(statementTypes),
      statementBy,
      text,
    },
    { requiredKeys: ['title', 'visibility', 'text'] },
  );
  const promptAnswer = fc.oneof(
    record({ promptId: oneOf(promptIds), answer: text }, { requiredKeys: ['promptId'] }),
    record({ promptId: oneOf(promptIds), answer: text, skipped: fc.constant(false) }, { requiredKeys: ['promptId'] }),
    record({ promptId: oneOf(promptIds), skipped: fc.constant(true) }),
  );
  const tension = record(
    {
      type: oneOf(tensionTypes),
      indicators: subsetOf(tensionIndicators),
      parties: subsetOf(partyIds),
      relationship: oneOf(systemicRelationships),
      intensity: oneOf(tensionIntensities),
      rupture: oneOf(ruptureKinds),
      repairSteps: subsetOf(repairSteps),
      note: text,
    },
    { requiredKeys: ['type', 'indicators', 'parties', 'intensity', 'rupture', 'repairSteps'] },
  );
  const strategyUse = record(
    { strategy: oneOf(strategies), outcome: oneOf(strategyOutcomes), note: text },
    { requiredKeys: ['strategy', 'outcome'] },
  ).map((use) => ({ kind: kindOfStrategy(use.strategy), ...use }));
  const caregiverRating: fc.Arbitrary<{ bond: number; goals: number; tasks: number; partyId?: string }> =
    partyIds.length === 0
      ? record(elements)
      : record({ ...elements, partyId: oneOf(partyIds) }, { requiredKeys: ['bond', 'goals', 'tasks'] });
  return record(
    {
      sessionDate: date,
      phase: oneOf(phases),
      modality: oneOf(sessionModalities),
      attendees: subsetOf(partyIds),
      sections: fc
        .array(section, { maxLength: 4 })
        // Section ids are unique within an entry.
        .map((sections) =>
          sections.map((item, index) => (item.id === undefined ? item : { ...item, id: `s${index}` })),
        ),
      promptAnswers: fc.uniqueArray(promptAnswer, { selector: (answer) => answer.promptId, maxLength: 4 }),
      tensions: fc.array(tension, { maxLength: 3 }),
      relationships: fc.array(
        record(
          { relationship: oneOf(systemicRelationships), quality: oneOf(relationshipQualities), note: text },
          { requiredKeys: ['relationship', 'quality'] },
        ),
        { maxLength: 2 },
      ),
      strategies: fc.array(strategyUse, { maxLength: 3 }),
      ratings: record({ practitioner: record(elements), caregiver: caregiverRating }, { requiredKeys: [] }),
      feelings: subsetOf(feelings),
      feelingsVisibility: oneOf(feelingVisibilities),
      feelingNote: text,
      supervisionQuestions: fc.array(text, { maxLength: 2 }),
      supervisionOf: id.map((exportId) => ({ exportId })),
    },
    {
      requiredKeys: [
        'sessionDate',
        'phase',
        'attendees',
        'sections',
        'promptAnswers',
        'tensions',
        'relationships',
        'strategies',
        'ratings',
        'feelings',
        'feelingsVisibility',
        'supervisionQuestions',
      ],
    },
  );
}

function entry(entryId: string, partyIds: readonly string[]): fc.Arbitrary<Entry> {
  const revision = record(
    { editedAt: timestamp, reason: text, previous: content(partyIds) },
    { requiredKeys: ['editedAt', 'previous'] },
  );
  return fc
    .record({
      current: content(partyIds),
      history: fc.array(revision, { maxLength: 2 }).map(sortedBy((item) => item.editedAt)),
      createdAt: timestamp,
      updatedAt: timestamp,
    })
    .map(({ current, history, createdAt, updatedAt }) => ({ id: entryId, ...current, history, createdAt, updatedAt }));
}

function journalCase(alias: string, caseId: string): fc.Arbitrary<CaseWithEntries> {
  const party = record(
    { id, role: oneOf(partyRoles), name: nonBlank, aliases: fc.array(nonBlank, { maxLength: 2 }), relationship: text },
    { requiredKeys: ['id', 'role', 'name', 'aliases'] },
  );
  const parties = fc.uniqueArray(party, { selector: (item) => item.id, maxLength: 4 });
  return parties.chain((partyList) => {
    const partyIds = partyList.map((item) => item.id);
    const goal = record(
      { id, description: nonBlank, agreedWith: subsetOf(partyIds), status: oneOf(goalStatuses), agreedAt: date },
      { requiredKeys: ['id', 'description', 'agreedWith', 'status'] },
    );
    const phaseChange = record(
      { phase: oneOf(phases), changedAt: date, decidedBy: oneOf(phaseDeciders), reason: text },
      { requiredKeys: ['phase', 'changedAt', 'decidedBy'] },
    );
    // Sorted by the day planned, as the journal keeps them; only a rescheduled session has a new date.
    const attendanceRecord = record(
      {
        id,
        plannedOn: date,
        status: oneOf(attendanceStatuses),
        movedTo: date,
        note: text,
        noteVisibility: oneOf(sectionVisibilities),
        createdAt: timestamp,
        updatedAt: timestamp,
      },
      { requiredKeys: ['id', 'plannedOn', 'status', 'noteVisibility', 'createdAt', 'updatedAt'] },
    ).map(({ movedTo, ...rest }) =>
      rest.status === 'rescheduled' && movedTo !== undefined ? { ...rest, movedTo } : rest,
    );
    const sessionPlan = fc.oneof(
      oneOf(['weekly', 'fortnightly', 'monthly'] as const).map((frequency) => ({ frequency })),
      fc.integer({ min: 1, max: 365 }).map((everyDays) => ({ frequency: 'custom' as const, everyDays })),
    );
    const entries = fc
      .uniqueArray(id, { maxLength: 3 })
      .chain((entryIds) => fc.tuple(...entryIds.map((entryId) => entry(entryId, partyIds))));
    return fc
      .record(
        {
          reference: text,
          program: text,
          status: oneOf(caseStatuses),
          phase: oneOf(phases),
          phaseHistory: fc.array(phaseChange, { maxLength: 3 }).map(sortedBy((change) => change.changedAt)),
          dates: fc.tuple(date, date).map(sortedBy((value) => value)),
          closes: fc.boolean(),
          goals: fc.uniqueArray(goal, { selector: (item) => item.id, maxLength: 3 }),
          sessionPlan,
          attendance: fc
            .uniqueArray(attendanceRecord, { selector: (item) => item.id, maxLength: 3 })
            .map(sortedBy((item) => item.plannedOn)),
          entries,
          createdAt: timestamp,
          updatedAt: timestamp,
        },
        {
          requiredKeys: [
            'status',
            'phase',
            'phaseHistory',
            'dates',
            'closes',
            'goals',
            'entries',
            'createdAt',
            'updatedAt',
          ],
        },
      )
      .map(({ dates: [openedAt, closedAt], closes, phase, phaseHistory, entries: entryList, ...rest }) => ({
        id: caseId,
        alias,
        ...rest,
        // The current phase is the last change's, and only a case that is not open has a closing date.
        phase: phaseHistory.at(-1)?.phase ?? phase,
        phaseHistory,
        openedAt: openedAt ?? '2020-01-01',
        ...(closes && rest.status !== 'open' ? { closedAt } : {}),
        parties: partyList,
        entries: [...entryList],
      }));
  });
}

/** Lists of valid cases with unique aliases (whatever their capitalisation) and ids. */
export const journalCases: fc.Arbitrary<CaseWithEntries[]> = fc
  .uniqueArray(fc.tuple(nonBlank, id), {
    selector: ([alias]) => alias.trim().toLocaleLowerCase(),
    maxLength: 3,
  })
  .filter((pairs) => new Set(pairs.map(([, caseId]) => caseId)).size === pairs.length)
  .chain((pairs) => fc.tuple(...pairs.map(([alias, caseId]) => journalCase(alias, caseId))))
  .map((cases) => [...cases]);
