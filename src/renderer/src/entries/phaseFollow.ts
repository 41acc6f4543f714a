import type { CaseStatus, Phase } from '../../../shared/domain/taxonomy';
import { phases } from '../../../shared/domain/taxonomy';

/**
 * The phase to offer the case after a reflection is saved: the reflection's, when it is later in
 * the usual order than the case's own and the case is still open; otherwise none.
 */
export function phaseToOffer(
  journalCase: { phase: Phase; status: CaseStatus },
  reflectionPhase: Phase,
): Phase | undefined {
  if (journalCase.status !== 'open') return undefined;
  return phases.indexOf(reflectionPhase) > phases.indexOf(journalCase.phase) ? reflectionPhase : undefined;
}
