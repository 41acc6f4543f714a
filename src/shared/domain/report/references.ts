/**
 * The people and sessions a report's statements point at must be in the case: a statement
 * "by" someone who is not a party, or citing a session that is not there, would mislead the court.
 * And a statement inserted from the journal must come from a section that is reportable now.
 */
import { AppError } from '../../ipc/result';
import type { Problem } from '../integrity';
import type { Section } from '../section';
import type { ReportSection, StatementSource } from './report';

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

/** What is wrong with the journal section a statement came from, if anything. */
export type SourceProblem = 'source-gone' | 'source-not-reportable';

export interface CaseSections {
  entries: readonly { id: string; sections: readonly Section[] }[];
}

export function sourceProblem(source: StatementSource, known: CaseSections): SourceProblem | undefined {
  const section = known.entries
    .find((entry) => entry.id === source.entryId)
    ?.sections.find((candidate) => candidate.id === source.sectionId);
  if (section === undefined) return 'source-gone';
  return section.visibility === 'reportable' ? undefined : 'source-not-reportable';
}

/**
 * Refuses (`invalid-request`, naming the first) a statement whose source is not a section of an
 * entry of this case that is reportable now: whatever the renderer sends, a draft never points
 * at private or supervision-only text.
 */
export function checkStatementSources(sections: readonly ReportSection[], known: CaseSections): void {
  for (const section of sections) {
    for (const statement of section.statements) {
      if (statement.source === undefined) continue;
      const problem = sourceProblem(statement.source, known);
      if (problem === undefined) continue;
      const { entryId, sectionId } = statement.source;
      const why =
        problem === 'source-gone'
          ? 'which is not a section of a session of this case'
          : 'which is not reportable: only reportable journal text may be inserted in a report';
      throw new AppError(
        'invalid-request',
        `The statement "${statement.id}" in ${section.kind} comes from the journal section "${sectionId}" of the session "${entryId}", ${why}.`,
      );
    }
  }
}
