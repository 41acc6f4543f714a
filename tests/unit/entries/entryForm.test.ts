import { describe, expect, it } from 'vitest';
import {
  blankForm,
  contentFromForm,
  draftContentFromForm,
  formFromContent,
  formFromDraftContent,
  sameWork,
  type EntryForm,
} from '../../../src/renderer/src/entries/entryForm';
import { isEarlierDay, localDate } from '../../../src/renderer/src/entries/dates';
import { entryExcerpt, plainExcerpt } from '../../../src/shared/journal/excerpt';

function counter() {
  let next = 0;
  return () => `key-${++next}`;
}

const titles = { 'what-happened': 'What happened', 'my-reflection': 'My reflection' };

function blank(): EntryForm {
  return blankForm({ sessionDate: '2025-04-02', phase: 'evaluation', sectionTitles: titles, newKey: counter() });
}

describe('the reflection form', () => {
  it('starts with the domain defaults: what happened for supervision, my reflection private', () => {
    const form = blank();
    expect(form.sections.map((section) => [section.title, section.visibility])).toEqual([
      ['What happened', 'supervision'],
      ['My reflection', 'private'],
    ]);
    expect(form.feelingsVisibility).toBe('private');
    expect(form.phase).toBe('evaluation');
  });

  it('becomes content with blank answers and questions left out', () => {
    const form = blank();
    form.sections[0]!.text = 'She came on time.';
    form.promptAnswers = [
      { promptId: 'evaluation-knows-report', answer: 'Yes, I told her.' },
      { promptId: 'evaluation-guarded-answers', answer: '   ' },
      { promptId: 'evaluation-sources-known', skipped: true },
    ];
    form.questions = [
      { key: 'q1', text: 'How to raise the report?' },
      { key: 'q2', text: ' ' },
    ];
    form.feelingNote = '  ';
    const result = contentFromForm(form);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.content.promptAnswers).toEqual([
      { promptId: 'evaluation-knows-report', answer: 'Yes, I told her.' },
      { promptId: 'evaluation-sources-known', skipped: true },
    ]);
    expect(result.content.supervisionQuestions).toEqual(['How to raise the report?']);
    expect(result.content.feelingNote).toBeUndefined();
    expect(result.content.ratings).toEqual({});
  });

  it('keeps a rating only when bond, goals and tasks are all rated, and says what is missing', () => {
    const form = blank();
    form.practitioner = { bond: 6, goals: 5 };
    const partial = contentFromForm(form);
    expect(partial).toEqual({
      ok: false,
      problems: [{ kind: 'partial-rating', who: 'practitioner', missing: ['tasks'] }],
    });
    form.practitioner.tasks = 0;
    form.caregiver = { bond: 8, goals: 7, tasks: 9, partyId: 'p-1' };
    const whole = contentFromForm(form);
    expect(whole.ok && whole.content.ratings).toEqual({
      practitioner: { bond: 6, goals: 5, tasks: 0 },
      caregiver: { bond: 8, goals: 7, tasks: 9, partyId: 'p-1' },
    });
  });

  it('refuses a date that is not in the calendar', () => {
    const form = blank();
    form.sessionDate = '2025-02-30';
    expect(contentFromForm(form)).toEqual({ ok: false, problems: [{ kind: 'session-date' }] });
  });

  it('round-trips through content and through a draft', () => {
    const form = blank();
    form.tensions = [
      {
        key: 'k',
        type: 'duty-to-report',
        indicators: ['submission'],
        parties: ['p-1'],
        intensity: 3,
        rupture: 'withdrawal',
        repairSteps: ['explore-and-validate'],
      },
    ];
    form.strategies = [{ key: 's', kind: 'repair', strategy: 'home-visit', outcome: 'partly-resolved' }];
    form.practitioner = { bond: 1 };
    const restored = formFromDraftContent(JSON.parse(JSON.stringify(draftContentFromForm(form))));
    expect(restored).toEqual(form);
    form.practitioner = { bond: 1, goals: 2, tasks: 3 };
    const result = contentFromForm(form);
    if (!result.ok) throw new Error('expected content');
    expect(sameWork(formFromContent(result.content, counter()), form)).toBe(true);
  });

  it('ignores drafts it cannot read', () => {
    expect(formFromDraftContent({ format: 'something-else', form: {} })).toBeUndefined();
    expect(formFromDraftContent({ format: 'alianza-entry-form-1', form: { phase: 'nope' } })).toBeUndefined();
  });

  it('tells work apart from list keys', () => {
    const a = blank();
    const b = blank();
    a.questions = [{ key: 'x', text: 'same' }];
    b.questions = [{ key: 'y', text: 'same' }];
    expect(sameWork(a, b)).toBe(true);
    b.sections[1]!.text = 'typed';
    expect(sameWork(a, b)).toBe(false);
  });
});

describe('dates', () => {
  it('asks for a reason only when the entry was written on an earlier day', () => {
    const now = new Date(2025, 3, 2, 9, 30);
    expect(isEarlierDay(new Date(2025, 3, 2, 0, 5).toISOString(), now)).toBe(false);
    expect(isEarlierDay(new Date(2025, 3, 1, 23, 55).toISOString(), now)).toBe(true);
    expect(isEarlierDay('not a date', now)).toBe(false);
    expect(localDate(now)).toBe('2025-04-02');
  });
});

describe('excerpts', () => {
  it('take out markdown marks and cut on a word', () => {
    expect(plainExcerpt('## Visit\n\n**Mother** was *tense*; see [notes](https://x.example).\n\n- one\n- two')).toBe(
      'Visit Mother was tense; see notes. one two',
    );
    expect(plainExcerpt('word '.repeat(100), 30)).toBe('word word word word word word…');
    expect(
      entryExcerpt({
        sections: [
          { title: 'a', visibility: 'private', text: ' ' },
          { title: 'b', visibility: 'private', text: 'Second' },
        ],
      }),
    ).toBe('Second');
  });
});
