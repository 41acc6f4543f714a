/**
 * The people and sessions a report's statements point at must be in the case: a statement
 * "by" someone who is not a party, or citing a session that is not there, would mislead the court.
 */
import { AppError } from '../../ipc/result';
import type { Problem } from '../integrity';
import type { ReportSection } from './report';

export interface CaseReferences {
  parties: readonly { id: string }[];
  entries: readonly { id: string }[];
}

/** Each statement pointing outside the case, with its path under `sections`. */
export function statementReferenceProblems(sections: readonly ReportSection[], known: CaseReferences): Problem[] {
  const parties = new Set(known.parties.map((party) => party.id));
  const entries = new Set(known.entries.map((entry) => entry.id));
  return sections.flatMap((section, sectionIndex) =>
    section.statements.flatMap((statement, statementIndex) => {
      const at = ['sections', sectionIndex, 'statements', statementIndex];
      const where = `statement "${statement.id}" in ${section.kind}`;
      const problems: Problem[] = [];
      if (statement.by !== undefined && 'partyId' in statement.by && !parties.has(statement.by.partyId)) {
        problems.push({
          path: [...at, 'by', 'partyId'],
          message: `The ${where} is by "${statement.by.partyId}", who is not in this case.`,
        });
      }
      statement.disclosure?.aboutPartyIds.forEach((partyId, index) => {
        if (parties.has(partyId)) return;
        problems.push({
          path: [...at, 'disclosure', 'aboutPartyIds', index],
          message: `The ${where} is flagged as about "${partyId}", who is not in this case.`,
        });
      });
      statement.citations.forEach((entryId, index) => {
        if (entries.has(entryId)) return;
        problems.push({
          path: [...at, 'citations', index],
          message: `The ${where} cites the session "${entryId}", which is not in this case.`,
        });
      });
      return problems;
    }),
  );
}

/** Refuses statements that point outside the case (`invalid-request`, naming the first). */
export function checkStatementReferences(sections: readonly ReportSection[], known: CaseReferences): void {
  const [first] = statementReferenceProblems(sections, known);
  if (first !== undefined) throw new AppError('invalid-request', first.message);
}
