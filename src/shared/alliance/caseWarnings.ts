/** A stored case's warnings with the practitioner's decisions: what the case screen and home queue show. */
import type { CaseWithEntries } from '../domain/case';
import { decidedWarnings, type DecidedWarning } from './decidedWarnings';
import { evaluateWarnings } from './evaluateWarnings';
import type { WarningInput } from './input';
import type { WarningThresholds } from './thresholds';

/** A stored case is already what the engine reads: its entries, parties and attendance. */
export function warningInputOf(journalCase: CaseWithEntries): WarningInput {
  return {
    entries: journalCase.entries,
    parties: journalCase.parties,
    ...(journalCase.attendance === undefined ? {} : { attendance: journalCase.attendance }),
  };
}

export function caseWarnings(journalCase: CaseWithEntries, thresholds: WarningThresholds): DecidedWarning[] {
  return decidedWarnings(evaluateWarnings(warningInputOf(journalCase), thresholds), journalCase.warningDecisions);
}
