import { describe, expect, it } from 'vitest';
import { isBeforeLocalDay, savedEntry } from '../../../src/main/journal/entrySaving';
import { entryContent, storedEntry } from './journalFixtures';

// Local times, so the calendar-day rule is tested in whatever zone the machine is in.
const writtenAt = new Date(2025, 2, 14, 18, 30);
const sameEvening = new Date(2025, 2, 14, 23, 59);
const nextMorning = new Date(2025, 2, 15, 0, 1);

describe('saving a reflection', () => {
  it('creates a new entry with both timestamps at now and no history', () => {
    const { entry, changed } = savedEntry(
      undefined,
      { caseId: 'c', entryId: 'e-1', content: entryContent() },
      writtenAt,
    );
    expect(changed).toBe(true);
    expect(entry).toMatchObject({
      id: 'e-1',
      history: [],
      createdAt: writtenAt.toISOString(),
      updatedAt: writtenAt.toISOString(),
    });
    expect(entry.sections).toEqual(entryContent().sections);
  });

  it('replaces the content on the day it was written, without a history item', () => {
    const existing = storedEntry('e-1', entryContent(), writtenAt.toISOString());
    const content = entryContent({ feelingNote: 'Mejor de lo que esperaba.' });
    const { entry } = savedEntry(existing, { caseId: 'c', entryId: 'e-1', content, reason: 'typo' }, sameEvening);
    expect(entry.feelingNote).toBe('Mejor de lo que esperaba.');
    expect(entry.history).toEqual([]);
    expect(entry.createdAt).toBe(writtenAt.toISOString());
    expect(entry.updatedAt).toBe(sameEvening.toISOString());
  });

  it('keeps the earlier version, with the reason, when it is revised on a later day', () => {
    const existing = storedEntry('e-1', entryContent(), writtenAt.toISOString());
    const content = entryContent({ feelingNote: 'Revisado tras supervisión.' });
    const request = { caseId: 'c', entryId: 'e-1', content, reason: 'after supervision' };
    const { entry } = savedEntry(existing, request, nextMorning);
    expect(entry.feelingNote).toBe('Revisado tras supervisión.');
    expect(entry.history).toEqual([
      { editedAt: nextMorning.toISOString(), reason: 'after supervision', previous: entryContent() },
    ]);
    const again = savedEntry(entry, { caseId: 'c', entryId: 'e-1', content: entryContent() }, new Date(2025, 2, 20));
    expect(again.entry.history).toHaveLength(2);
    expect(again.entry.history[1]).not.toHaveProperty('reason');
  });

  it('adds nothing when the content is what is already saved, whatever the order of its keys', () => {
    const existing = storedEntry('e-1', entryContent(), writtenAt.toISOString());
    const reordered = Object.fromEntries(Object.entries(entryContent()).reverse()) as ReturnType<typeof entryContent>;
    const { entry, changed } = savedEntry(existing, { caseId: 'c', entryId: 'e-1', content: reordered }, nextMorning);
    expect(changed).toBe(false);
    expect(entry).toBe(existing);
  });

  it('compares calendar days in local time', () => {
    expect(isBeforeLocalDay(writtenAt.toISOString(), sameEvening)).toBe(false);
    expect(isBeforeLocalDay(sameEvening.toISOString(), nextMorning)).toBe(true);
    expect(isBeforeLocalDay(nextMorning.toISOString(), sameEvening)).toBe(false);
  });
});
