/**
 * What the "insert from journal" panel offers: the reportable sections of a case's reflections,
 * newest first, in their latest revision only. Private and supervision-only sections, feelings,
 * prompt answers and supervision questions are never offered. A section without an id (some
 * imported files) cannot be cited as a source, so it is left out.
 */
import type { CaseWithEntries } from '../case';
import type { ReportableExcerpt } from '../../reports/requests';
import { markdownToPlainText } from './plainText';

export function reportableExcerpts(journalCase: CaseWithEntries): ReportableExcerpt[] {
  const newestFirst = journalCase.entries
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => b.entry.sessionDate.localeCompare(a.entry.sessionDate) || b.index - a.index)
    .map(({ entry }) => entry);
  return newestFirst.flatMap((entry) =>
    entry.sections.flatMap((section) => {
      if (section.visibility !== 'reportable' || section.id === undefined) return [];
      const text = markdownToPlainText(section.text);
      if (text === '') return [];
      return [
        {
          entryId: entry.id,
          sectionId: section.id,
          sessionDate: entry.sessionDate,
          phase: entry.phase,
          title: section.title,
          text,
          ...(section.statementType === undefined ? {} : { statementType: section.statementType }),
          ...(section.statementBy === undefined ? {} : { statementBy: section.statementBy }),
        },
      ];
    }),
  );
}
