import { describe, expect, it } from 'vitest';
import type { ReportVersion, Statement } from '../../../src/shared/domain/report/report';
import { reportSectionKinds } from '../../../src/shared/domain/report/reportTaxonomy';
import type { ReportableExcerpt } from '../../../src/shared/reports/requests';
import {
  addStatement,
  blankStatement,
  caregiverViewRecorded,
  draftChanged,
  draftOf,
  draftToSave,
  moveStatement,
  quotedSources,
  removeStatement,
  replaceStatement,
  statementFromExcerpt,
} from '../../../src/renderer/src/reports/reportDraft';

const at = '2026-03-01T10:00:00.000Z';

function version(sections: ReportVersion['sections'], reason?: string): ReportVersion {
  return {
    number: 1,
    status: 'draft',
    createdAt: at,
    updatedAt: at,
    sections,
    ...(reason === undefined ? {} : { caregiverViewAbsentReason: reason }),
    documents: [],
  };
}

function statement(id: string, text = id): Statement {
  return { id, text, type: 'fact', citations: [] };
}

function texts(draft: ReturnType<typeof draftOf>, kind: (typeof reportSectionKinds)[number]): string[] {
  return draft.sections.find((section) => section.kind === kind)?.statements.map((item) => item.text) ?? [];
}

describe('report draft', () => {
  it('holds all eight sections in the court’s order, whatever the version stored', () => {
    const draft = draftOf(version([{ kind: 'concerns', statements: [statement('a')] }]));
    expect(draft.sections.map((section) => section.kind)).toEqual([...reportSectionKinds]);
    expect(texts(draft, 'concerns')).toEqual(['a']);
    expect(draft.caregiverViewAbsentReason).toBe('');
  });

  it('adds, replaces, moves and removes statements in one section only', () => {
    let draft = draftOf(version([]));
    draft = addStatement(draft, 'strengths', statement('a'));
    draft = addStatement(draft, 'strengths', statement('b'));
    draft = addStatement(draft, 'strengths', statement('c'));
    draft = addStatement(draft, 'concerns', statement('z'));
    draft = moveStatement(draft, 'strengths', 'c', -1);
    expect(texts(draft, 'strengths')).toEqual(['a', 'c', 'b']);
    draft = moveStatement(draft, 'strengths', 'a', -1);
    expect(texts(draft, 'strengths')).toEqual(['a', 'c', 'b']);
    draft = moveStatement(draft, 'strengths', 'b', 1);
    expect(texts(draft, 'strengths')).toEqual(['a', 'c', 'b']);
    draft = moveStatement(draft, 'strengths', 'a', 1);
    expect(texts(draft, 'strengths')).toEqual(['c', 'a', 'b']);
    draft = replaceStatement(draft, 'strengths', statement('a', 'changed'));
    draft = removeStatement(draft, 'strengths', 'b');
    expect(texts(draft, 'strengths')).toEqual(['c', 'changed']);
    expect(texts(draft, 'concerns')).toEqual(['z']);
  });

  it('never changes the draft it was given', () => {
    const before = draftOf(version([{ kind: 'goals', statements: [statement('a'), statement('b')] }]));
    const copy = structuredClone(before);
    moveStatement(before, 'goals', 'b', -1);
    removeStatement(before, 'goals', 'a');
    addStatement(before, 'goals', statement('c'));
    expect(before).toEqual(copy);
    expect(draftChanged(moveStatement(before, 'goals', 'b', -1), before)).toBe(true);
    expect(draftChanged(draftOf(version(before.sections)), before)).toBe(false);
  });

  it('makes a statement from an excerpt with its kind, author, citation and source', () => {
    const excerpt: ReportableExcerpt = {
      entryId: 'entry-1',
      sectionId: 'section-1',
      sessionDate: '2026-02-03',
      phase: 'evaluation',
      title: 'Home visit',
      text: 'She says the father missed three visits.',
      statementType: 'allegation',
      statementBy: { partyId: 'party-1' },
    };
    expect(statementFromExcerpt(excerpt, 'new')).toEqual({
      id: 'new',
      text: 'She says the father missed three visits.',
      type: 'allegation',
      by: { partyId: 'party-1' },
      citations: ['entry-1'],
      source: { entryId: 'entry-1', sectionId: 'section-1' },
    });
    const { statementType: _type, statementBy: _by, ...untyped } = excerpt;
    expect(statementFromExcerpt(untyped, 'other')).toMatchObject({ type: 'observation', citations: ['entry-1'] });
    expect(statementFromExcerpt(untyped, 'other')).not.toHaveProperty('by');
  });

  it('sends the reason for a missing caregiver’s view only while the view is missing', () => {
    let draft = { ...draftOf(version([])), caregiverViewAbsentReason: '  Could not be reached. ' };
    expect(caregiverViewRecorded(draft)).toBe(false);
    expect(draftToSave(draft).caregiverViewAbsentReason).toBe('Could not be reached.');
    draft = addStatement(draft, 'caregiver-view', blankStatement('blank'));
    expect(caregiverViewRecorded(draft)).toBe(false);
    draft = addStatement(draft, 'caregiver-view', statement('said', 'I do my best.'));
    expect(caregiverViewRecorded(draft)).toBe(true);
    expect(draftToSave(draft)).not.toHaveProperty('caregiverViewAbsentReason');
  });

  it('drops an empty "someone else" name instead of sending a statement main would refuse', () => {
    const draft = addStatement(draftOf(version([])), 'concerns', {
      ...statement('a'),
      type: 'allegation',
      by: { name: '  ' },
    });
    const saved = draftToSave(draft).sections.find((section) => section.kind === 'concerns')?.statements[0];
    expect(saved).toEqual({ id: 'a', text: 'a', type: 'allegation', citations: [] });
  });
});

describe('quoted journal sections', () => {
  it('lists the sources of inserted statements, in every section', () => {
    const inserted = { ...statement('a'), source: { entryId: 'entry-1', sectionId: 'section-1' } };
    let draft = addStatement(draftOf(version([])), 'concerns', inserted);
    draft = addStatement(draft, 'strengths', statement('typed'));
    expect([...quotedSources(draft)]).toEqual(['entry-1/section-1']);
  });
});
