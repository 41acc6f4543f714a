/**
 * What deciding about a warning does to a case: one more decision at the end of its list, never a
 * change to an earlier one. Only a warning the case raises now can be decided, so the decision
 * records the rule and the sessions the practitioner saw.
 */
import type { DecidedWarning } from '../../shared/alliance/decidedWarnings';
import type { CaseWithEntries } from '../../shared/domain/case';
import type { WarningDecision } from '../../shared/domain/warningDecision';
import { AppError } from '../../shared/ipc/result';
import type { DecideWarningRequest } from '../../shared/journal/allianceRequests';

export function withWarningDecision(
  current: CaseWithEntries,
  request: DecideWarningRequest,
  warnings: readonly DecidedWarning[],
  decisionId: string,
  now: Date,
): { next: CaseWithEntries; decision: WarningDecision } {
  const found = warnings.find((item) => item.warning.id === request.warningId);
  if (found === undefined) {
    throw new AppError(
      'invalid-request',
      `The case does not raise warning ${request.warningId} now: the facts behind it have changed, or the thresholds have.`,
    );
  }
  if (request.kind === 'reopened' && found.status === 'active') {
    throw new AppError('invalid-request', 'This warning is active already: there is nothing to reopen.');
  }
  const timestamp = now.toISOString();
  const note = request.note?.trim() === '' ? undefined : request.note;
  const decision: WarningDecision = {
    id: decisionId,
    warningId: found.warning.id,
    rule: found.warning.rule,
    kind: request.kind,
    ...(note === undefined ? {} : { note }),
    noteVisibility: request.noteVisibility,
    sessions: found.warning.sessions.map((session) => ({ entryId: session.entryId, date: session.date })),
    decidedAt: timestamp,
  };
  const next = { ...current, warningDecisions: [...(current.warningDecisions ?? []), decision], updatedAt: timestamp };
  return { next, decision };
}
