/**
 * The text of a draft version as the editor holds it, and the changes the editor makes to it.
 * Pure functions: each returns new sections and leaves the ones it was given alone.
 */
import type { ReportSection, ReportVersion, Statement } from '../../../shared/domain/report/report';
import { reportSectionKinds, type ReportSectionKind } from '../../../shared/domain/report/reportTaxonomy';
import type { ReportableExcerpt } from '../../../shared/reports/requests';

export interface ReportDraft {
  sections: ReportSection[];
  caregiverViewAbsentReason: string;
}

/** The editable text of a version, with one section per kind in the court's order. */
export function draftOf(version: ReportVersion): ReportDraft {
  return {
    sections: reportSectionKinds.map((kind) => ({
      kind,
      statements: version.sections.find((section) => section.kind === kind)?.statements ?? [],
    })),
    caregiverViewAbsentReason: version.caregiverViewAbsentReason ?? '',
  };
}

/** Whether the editor holds anything the saved version does not. */
export function draftChanged(draft: ReportDraft, saved: ReportDraft): boolean {
  return JSON.stringify(draft) !== JSON.stringify(saved);
}

/** A new statement: an observation until the practitioner says otherwise. */
export function blankStatement(id: string): Statement {
  return { id, text: '', type: 'observation', citations: [] };
}

/** A statement made from a reportable section of a reflection, citing that session. */
export function statementFromExcerpt(excerpt: ReportableExcerpt, id: string): Statement {
  return {
    id,
    text: excerpt.text,
    type: excerpt.statementType ?? 'observation',
    ...(excerpt.statementBy === undefined ? {} : { by: excerpt.statementBy }),
    citations: [excerpt.entryId],
    source: { entryId: excerpt.entryId, sectionId: excerpt.sectionId },
  };
}

function changeSection(
  draft: ReportDraft,
  kind: ReportSectionKind,
  change: (statements: Statement[]) => Statement[],
): ReportDraft {
  return {
    ...draft,
    sections: draft.sections.map((section) =>
      section.kind === kind ? { ...section, statements: change(section.statements) } : section,
    ),
  };
}

export function addStatement(draft: ReportDraft, kind: ReportSectionKind, statement: Statement): ReportDraft {
  return changeSection(draft, kind, (statements) => [...statements, statement]);
}

export function replaceStatement(draft: ReportDraft, kind: ReportSectionKind, statement: Statement): ReportDraft {
  return changeSection(draft, kind, (statements) =>
    statements.map((current) => (current.id === statement.id ? statement : current)),
  );
}

export function removeStatement(draft: ReportDraft, kind: ReportSectionKind, statementId: string): ReportDraft {
  return changeSection(draft, kind, (statements) => statements.filter((statement) => statement.id !== statementId));
}

/** Moves a statement one place up (-1) or down (1); at either end it stays where it is. */
export function moveStatement(
  draft: ReportDraft,
  kind: ReportSectionKind,
  statementId: string,
  offset: -1 | 1,
): ReportDraft {
  return changeSection(draft, kind, (statements) => {
    const from = statements.findIndex((statement) => statement.id === statementId);
    const to = from + offset;
    if (from === -1 || to < 0 || to >= statements.length) return statements;
    const moved = [...statements];
    moved.splice(to, 0, ...moved.splice(from, 1));
    return moved;
  });
}

/** The journal sections the draft already quotes, as `entryId/sectionId`. */
export function quotedSources(draft: ReportDraft): Set<string> {
  return new Set(
    draft.sections.flatMap((section) =>
      section.statements.flatMap((statement) =>
        statement.source === undefined ? [] : [`${statement.source.entryId}/${statement.source.sectionId}`],
      ),
    ),
  );
}

/** The caregiver's view counts as recorded once one of its statements says something. */
export function caregiverViewRecorded(draft: ReportDraft): boolean {
  const section = draft.sections.find((candidate) => candidate.kind === 'caregiver-view');
  return section?.statements.some((statement) => statement.text.trim() !== '') ?? false;
}

/** A name typed as "someone else" and left empty says nothing: the statement is saved without it. */
function withoutBlankAuthor(statement: Statement): Statement {
  if (statement.by === undefined || !('name' in statement.by) || statement.by.name.trim() !== '') return statement;
  const { by: _by, ...rest } = statement;
  return rest;
}

/** The draft as `saveReportDraft` takes it: the absent reason only while the view is missing. */
export function draftToSave(draft: ReportDraft): { sections: ReportSection[]; caregiverViewAbsentReason?: string } {
  const sections = draft.sections.map((section) => ({
    ...section,
    statements: section.statements.map(withoutBlankAuthor),
  }));
  const reason = draft.caregiverViewAbsentReason.trim();
  return reason === '' || caregiverViewRecorded(draft) ? { sections } : { sections, caregiverViewAbsentReason: reason };
}
