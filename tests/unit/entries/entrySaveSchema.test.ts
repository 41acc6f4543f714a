import { describe, expect, it } from 'vitest';
import { blankForm, type EntryForm } from '../../../src/renderer/src/entries/entryForm';
import { entrySaveSchema, problemsOf } from '../../../src/renderer/src/entries/entrySaveSchema';

const titles = { 'what-happened': 'What happened', 'my-reflection': 'My reflection' };

function blank(): EntryForm {
  let next = 0;
  return blankForm({
    sessionDate: '2025-04-02',
    phase: 'evaluation',
    sectionTitles: titles,
    newKey: () => `k${++next}`,
  });
}

const issuesOf = (result: { error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  (result.error?.issues ?? []).map((issue) => [issue.path.join('.'), issue.message]);

describe('saving a reflection', () => {
  it('marks a half-done rating and a date that is not one where the form holds them', () => {
    const entry = { ...blank(), sessionDate: '2025-02-30', practitioner: { bond: 6, goals: 5 } };
    const result = entrySaveSchema('c-1', 'e-1', false).safeParse({ entry, reason: '' });
    expect(issuesOf(result)).toEqual([
      ['entry.sessionDate', 'session-date'],
      ['entry.practitioner', 'partial-rating'],
    ]);
    const errors = { sessionDate: {}, practitioner: {} };
    expect(problemsOf(errors, entry)).toEqual([
      { kind: 'session-date' },
      { kind: 'partial-rating', who: 'practitioner', missing: ['tasks'] },
    ]);
  });

  it('sends the content the save request accepts, with the reason only when it was asked for', () => {
    const entry = blank();
    const asked = entrySaveSchema('c-1', 'e-1', true).parse({ entry, reason: ' typo ' });
    expect(asked).toMatchObject({
      caseId: 'c-1',
      entryId: 'e-1',
      reason: 'typo',
      content: { sessionDate: '2025-04-02' },
    });
    expect(entrySaveSchema('c-1', 'e-1', false).parse({ entry, reason: 'typo' })).not.toHaveProperty('reason');
    expect(entrySaveSchema('c-1', 'e-1', true).parse({ entry, reason: '  ' })).not.toHaveProperty('reason');
  });
});
