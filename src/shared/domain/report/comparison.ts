/**
 * What changed between two versions of a report, section by section. Statements keep their id
 * across versions, so a statement is matched by id: one only in `to` was added, one only in
 * `from` was removed, one in both was changed when its text, type, author, citations or
 * disclosure flag differ. A statement moved to another section shows as removed from one and
 * added to the other, which is how the court reads it.
 */
import type { BriefLanguage } from '../../exports/language';
import { sectionsInWords } from './factWords';
import { diffWords } from 'diff';
import type { SectionComparison, StatementChange, TextChange, VersionComparison } from '../../reports/requests';
import type { ReportVersion, Statement } from './report';
import { reportSectionKinds, type ReportSectionKind } from './reportTaxonomy';

type ChangedField = StatementChange['fields'][number];

function statementsOf(version: ReportVersion, kind: ReportSectionKind): Statement[] {
  return version.sections.find((section) => section.kind === kind)?.statements ?? [];
}

/** Both undefined, or the same JSON. */
function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function changedFields(before: Statement, after: Statement): ChangedField[] {
  const fields: ChangedField[] = [];
  if (before.type !== after.type) fields.push('type');
  if (!same(before.by, after.by)) fields.push('by');
  if (!same(before.citations, after.citations)) fields.push('citations');
  if (!same(before.disclosure, after.disclosure)) fields.push('disclosure');
  return fields;
}

/** A word-by-word diff, with neighbouring runs of the same kind joined. */
export function wordChanges(before: string, after: string): TextChange[] {
  const changes: TextChange[] = [];
  for (const part of diffWords(before, after)) {
    const kind = part.added ? 'added' : part.removed ? 'removed' : 'same';
    const last = changes.at(-1);
    if (last?.kind === kind) last.text += part.value;
    else changes.push({ kind, text: part.value });
  }
  return changes;
}

function compareSection(from: ReportVersion, to: ReportVersion, kind: ReportSectionKind): SectionComparison {
  const before = statementsOf(from, kind);
  const after = statementsOf(to, kind);
  const beforeById = new Map(before.map((statement) => [statement.id, statement]));
  const afterIds = new Set(after.map((statement) => statement.id));
  const comparison: SectionComparison = { kind, added: [], removed: [], changed: [], unchanged: 0 };
  for (const statement of after) {
    const earlier = beforeById.get(statement.id);
    if (earlier === undefined) {
      comparison.added.push(statement);
      continue;
    }
    const fields = changedFields(earlier, statement);
    const textChanged = earlier.text !== statement.text;
    if (!textChanged && fields.length === 0) comparison.unchanged += 1;
    else {
      const text = textChanged ? wordChanges(earlier.text, statement.text) : [];
      comparison.changed.push({ before: earlier, after: statement, text, fields });
    }
  }
  comparison.removed = before.filter((statement) => !afterIds.has(statement.id));
  return comparison;
}

/** Every section, in the court's order, compared from one version to another. */
export function compareVersions(
  from: ReportVersion,
  to: ReportVersion,
  language: BriefLanguage = 'en',
): VersionComparison {
  // Facts the app wrote are compared by their words in the reader's language, like the rest.
  const inWords = (version: ReportVersion) => ({ ...version, sections: sectionsInWords(version.sections, language) });
  const [before, after] = [inWords(from), inWords(to)];
  return {
    from: from.number,
    to: to.number,
    sections: reportSectionKinds.map((kind) => compareSection(before, after, kind)),
  };
}
