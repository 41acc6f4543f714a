/**
 * The people and sessions a report's statements point at must be in the case: a statement
 * "by" someone who is not a party, or citing a session that is not there, would mislead the court.
 */
import { AppError } from '../../ipc/result';
import type { CaseWithEntries } from '../case';
import type { ReportSection } from './report';

export function checkStatementReferences(sections: readonly ReportSection[], journalCase: CaseWithEntries): void {
  const parties = new Set(journalCase.parties.map((party) => party.id));
  const entries = new Set(journalCase.entries.map((entry) => entry.id));
  for (const section of sections) {
    for (const statement of section.statements) {
      const where = `statement "${statement.id}" in ${section.kind}`;
      if (statement.by !== undefined && 'partyId' in statement.by && !parties.has(statement.by.partyId)) {
        throw new AppError('invalid-request', `The ${where} is by "${statement.by.partyId}", who is not in this case.`);
      }
      const stranger = statement.disclosure?.aboutPartyIds.find((partyId) => !parties.has(partyId));
      if (stranger !== undefined) {
        throw new AppError(
          'invalid-request',
          `The ${where} is flagged as about "${stranger}", who is not in this case.`,
        );
      }
      const missing = statement.citations.find((entryId) => !entries.has(entryId));
      if (missing !== undefined) {
        throw new AppError(
          'invalid-request',
          `The ${where} cites the session "${missing}", which is not in this case.`,
        );
      }
    }
  }
}
