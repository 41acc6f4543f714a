import { describe, expect, it } from 'vitest';
import { entryObjectSchema } from '../../../src/shared/domain/entry';
import { contentOf, newEntry, reviseEntry } from '../../../src/shared/domain/entryEditing';
import { caseWithEntriesSchema, entrySchema } from '../../../src/shared/domain/journal';
import {
  calendarDateSchema,
  isCalendarDate,
  ratingSchema,
  timestampSchema,
} from '../../../src/shared/domain/primitives';
import { fixtureCases } from './fixture';

const titles = { 'what-happened': 'What happened', 'my-reflection': 'My reflection' };

describe('the journal schemas', () => {
  it('accept a rich, realistic case with every field filled in', () => {
    for (const journalCase of fixtureCases()) {
      const parsed = caseWithEntriesSchema.safeParse(journalCase);
      expect(parsed.error?.issues ?? []).toEqual([]);
      expect(parsed.data).toStrictEqual(journalCase);
    }
  });

  it('refuse unknown fields at any depth', () => {
    const [journalCase] = fixtureCases();
    const entry = journalCase?.entries[0];
    const broken = { ...entry, sections: [{ ...entry?.sections[0], mood: 'tense' }] };
    const parsed = entryObjectSchema.safeParse(broken);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]).toMatchObject({ code: 'unrecognized_keys', keys: ['mood'], path: ['sections', 0] });
  });

  it('check an entry on its own: a strategy belongs to its kind', () => {
    const entry = newEntry({ id: 'e-1', sessionDate: '2025-03-14', phase: 'start', sectionTitles: titles, now: 'x' });
    const wrong = { ...entry, createdAt: '2025-03-14T10:00:00Z', updatedAt: '2025-03-14T10:00:00Z' };
    wrong.strategies = [{ kind: 'counterproductive', strategy: 'empathy', outcome: 'resolved' }];
    const parsed = entrySchema.safeParse(wrong);
    expect(parsed.error?.issues).toMatchObject([{ path: ['strategies', 0, 'strategy'] }]);
  });
});

describe('dates and scales', () => {
  it.each([
    ['2025-03-14', true],
    ['2024-02-29', true],
    ['2025-02-29', false],
    ['2025-02-30', false],
    ['2025-04-31', false],
    ['2025-13-01', false],
    ['2025-3-14', false],
    ['14-03-2025', false],
    ['2025-03-14T00:00:00Z', false],
  ])('%s is a calendar date: %s', (text, valid) => {
    expect(isCalendarDate(text)).toBe(valid);
    expect(calendarDateSchema.safeParse(text).success).toBe(valid);
  });

  it('accept timestamps in UTC or with an offset, not calendar dates', () => {
    expect(timestampSchema.safeParse('2025-03-14T16:30:00.000Z').success).toBe(true);
    expect(timestampSchema.safeParse('2025-03-14T13:30:00-03:00').success).toBe(true);
    expect(timestampSchema.safeParse('2025-03-14').success).toBe(false);
  });

  it.each([0, 5, 10])('accept the rating %s', (value) => expect(ratingSchema.safeParse(value).success).toBe(true));
  it.each([-1, 11, 7.5, '7', null])('refuse the rating %s', (value) => {
    expect(ratingSchema.safeParse(value).error?.issues[0]?.message).toBe('expected a whole number from 0 to 10');
  });
});

describe('a new reflection', () => {
  const entry = newEntry({
    id: 'e-1',
    sessionDate: '2025-03-14',
    phase: 'evaluation',
    modality: 'home-visit',
    attendees: ['p-1'],
    sectionTitles: titles,
    now: '2025-03-14T20:00:00.000Z',
  });

  it('starts with "What happened" for supervision and "My reflection" private', () => {
    expect(entry.sections).toEqual([
      { id: 'what-happened', title: 'What happened', visibility: 'supervision', text: '' },
      { id: 'my-reflection', title: 'My reflection', visibility: 'private', text: '' },
    ]);
    expect(entry.feelingsVisibility).toBe('private');
    expect(entry.createdAt).toBe(entry.updatedAt);
    expect(entrySchema.safeParse(entry).success).toBe(true);
  });

  it('keeps every earlier version when revised, oldest first', () => {
    const first = reviseEntry(
      entry,
      { ...contentOf(entry), feelings: ['hope'] },
      { editedAt: '2025-03-15T09:00:00.000Z', reason: 'Added how I felt.' },
    );
    const second = reviseEntry(
      first,
      { ...contentOf(first), modality: 'office' },
      { editedAt: '2025-03-16T09:00:00.000Z' },
    );
    expect(second.modality).toBe('office');
    expect(second.updatedAt).toBe('2025-03-16T09:00:00.000Z');
    expect(second.createdAt).toBe(entry.createdAt);
    expect(second.history).toEqual([
      { editedAt: '2025-03-15T09:00:00.000Z', reason: 'Added how I felt.', previous: contentOf(entry) },
      { editedAt: '2025-03-16T09:00:00.000Z', previous: contentOf(first) },
    ]);
    expect(entrySchema.safeParse(second).success).toBe(true);
  });
});
