import { describe, expect, it } from 'vitest';
import { fromDraft, newReflection, revision } from '../../../src/renderer/src/entries/editStart';
import { draftContentFromForm, workFingerprint } from '../../../src/renderer/src/entries/entryForm';
import { promptsShown } from '../../../src/renderer/src/entries/promptsShown';
import { tensionGroupsFor } from '../../../src/renderer/src/entries/tensionGroups';
import type { CaseWithEntries } from '../../../src/shared/domain/case';
import { newEntry } from '../../../src/shared/domain/entryEditing';

const titles = { 'what-happened': 'What happened', 'my-reflection': 'My reflection' };

function journalCase(): CaseWithEntries {
  const entry = newEntry({
    id: 'entry-1',
    sessionDate: '2025-03-01',
    phase: 'start',
    sectionTitles: titles,
    now: '2025-03-01T18:00:00.000Z',
  });
  entry.sections[0]!.text = 'Saved text';
  return {
    id: 'case-1',
    alias: 'Family R.',
    status: 'open',
    phase: 'intervention',
    phaseHistory: [],
    openedAt: '2025-01-01',
    parties: [],
    goals: [],
    createdAt: '2025-01-01T10:00:00.000Z',
    updatedAt: '2025-03-01T18:00:00.000Z',
    entries: [entry],
  };
}

describe('starting to edit', () => {
  it('opens a new reflection on the given day in the case’s current phase, with nothing to save yet', () => {
    const start = newReflection(journalCase(), titles, '2025-04-02');
    expect(start.form.sessionDate).toBe('2025-04-02');
    expect(start.form.phase).toBe('intervention');
    expect(workFingerprint(start.form)).toBe(workFingerprint(start.baseline));
    expect(start.entryId).not.toBe(start.draftId);
  });

  it('revises an entry starting from what it holds', () => {
    const entry = journalCase().entries[0]!;
    const start = revision(entry);
    expect(start.entryId).toBe('entry-1');
    expect(start.form.sections[0]?.text).toBe('Saved text');
    expect(start.entry).toBe(entry);
  });

  it('takes a draft up again against the saved entry, or against a blank one for a new reflection', () => {
    const current = journalCase();
    const edited = revision(current.entries[0]!).form;
    edited.sections[0]!.text = 'Saved text, and more';
    const draft = {
      draftId: 'draft-1',
      caseId: 'case-1',
      entryId: 'entry-1',
      savedAt: '2025-03-02T09:00:00.000Z',
      content: draftContentFromForm(edited),
    };
    const revising = fromDraft(draft, current, titles)!;
    expect(revising.entry?.id).toBe('entry-1');
    expect(revising.draftId).toBe('draft-1');
    expect(revising.stored).toEqual({ fingerprint: workFingerprint(edited), savedAt: '2025-03-02T09:00:00.000Z' });
    expect(workFingerprint(revising.baseline)).not.toBe(workFingerprint(revising.form));

    const fresh = fromDraft({ ...draft, entryId: 'never-saved' }, current, titles)!;
    expect(fresh.entry).toBeUndefined();
    expect(fresh.baseline.sections.every((section) => section.text === '')).toBe(true);
    expect(fromDraft({ ...draft, content: { something: 'else' } }, current, titles)).toBeUndefined();
  });
});

describe('phase questions and tension lists', () => {
  it('show the phase’s questions and keep any other phase’s question already answered', () => {
    expect(promptsShown('closure', [])).toHaveLength(4);
    const shown = promptsShown('closure', [
      { promptId: 'start-safe-space', answer: 'I sat with her' },
      { promptId: 'start-caregiver-fears', answer: '  ' },
      { promptId: 'evaluation-knows-report', skipped: true },
    ]);
    expect(shown.slice(4)).toEqual(['start-safe-space', 'evaluation-knows-report']);
  });

  it('offer the phase’s tensions and the family ones, plus the group of a type chosen before', () => {
    expect(tensionGroupsFor('evaluation')).toEqual(['evaluation', 'family']);
    expect(tensionGroupsFor('evaluation', 'couple-conflict')).toEqual(['evaluation', 'family']);
    expect(tensionGroupsFor('closure', 'stigma')).toEqual(['closure', 'family', 'start']);
  });
});
