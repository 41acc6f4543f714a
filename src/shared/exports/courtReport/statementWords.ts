/**
 * A statement's type, author and citations in words: "What Rosa told me — not checked", "From
 * our sessions on 14 and 21 March 2025". Parties are named by their real names (the documents go
 * to the family and the court); an id that names no one is never printed, it reads as unknown.
 */
import type { Party } from '../../domain/party';
import type { Statement } from '../../domain/report/report';
import type { StatementBy } from '../../domain/section';
import { fill, type ReportLabels, type StatementLabels } from '../labels/reportTexts';

/** The name of whoever a statement is by, or undefined when it names no one known. */
function authorName(by: StatementBy | undefined, parties: readonly Party[]): string | undefined {
  if (by === undefined) return undefined;
  if ('name' in by) return by.name.trim();
  return parties.find((party) => party.id === by.partyId)?.name.trim();
}

/** The words that introduce a statement. */
export function statementLabel(statement: Statement, parties: readonly Party[], labels: StatementLabels): string {
  const name = authorName(statement.by, parties);
  switch (statement.type) {
    case 'fact':
      return labels.fact;
    case 'observation':
      return labels.observation;
    case 'allegation':
      return name === undefined ? labels.allegationUnknown : fill(labels.allegation, { name });
    case 'opinion':
      return name === undefined ? labels.opinion : fill(labels.opinionOf, { name });
  }
}

/**
 * The dates of the sessions a statement cites, oldest first, in words; undefined when it cites
 * none that the journal still holds. Entry ids themselves never appear.
 */
export function citedDates(
  statement: Statement,
  sessionDates: ReadonlyMap<string, string>,
  labels: ReportLabels,
): string[] | undefined {
  const dates = [...new Set(statement.citations.flatMap((entryId) => sessionDates.get(entryId) ?? []))].sort();
  return dates.length === 0 ? undefined : dates.map(labels.formatDate);
}

/** "From our sessions on 14 March 2025 and 21 March 2025." with the template for one session or several. */
export function sessionsSentence(
  dates: readonly string[] | undefined,
  one: string,
  several: string,
  labels: ReportLabels,
) {
  if (dates === undefined) return undefined;
  return fill(dates.length === 1 ? one : several, { dates: labels.formatList(dates) });
}
