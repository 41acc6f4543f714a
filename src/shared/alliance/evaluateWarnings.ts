/**
 * The rupture early-warning engine: every rule over one case, after every save. Pure and
 * deterministic (no clock, no I/O): the same case and thresholds give the same warnings, with the
 * same ids, whatever order the entries and attendance come in.
 */
import { caseView } from './caseView';
import { fallEpisodes } from './fallEpisodes';
import type { WarningInput } from './input';
import { allianceFallWarnings } from './rules/allianceFall';
import { engagementRiskWarnings } from './rules/engagementRisk';
import { perceptionGapWarnings } from './rules/perceptionGap';
import { repeatedWithdrawalWarnings } from './rules/repeatedWithdrawal';
import { splitAllianceWarnings } from './rules/splitAlliance';
import { unrecordedRepairWarnings } from './rules/unrecordedRepair';
import { unrepairedFallWarnings } from './rules/unrepairedFall';
import { defaultWarningThresholds, type WarningThresholds } from './thresholds';
import type { Warning } from './warning';

/** The warnings in rule order (R1 to R7), each rule's in session order. */
export function evaluateWarnings(
  input: WarningInput,
  thresholds: WarningThresholds = defaultWarningThresholds,
): Warning[] {
  const view = caseView(input, thresholds);
  // R1 and R2 are two stages of the same falls: found once.
  const episodes = fallEpisodes(view);
  return [
    ...allianceFallWarnings(view, episodes),
    ...unrepairedFallWarnings(view, episodes),
    ...perceptionGapWarnings(view),
    ...splitAllianceWarnings(view),
    ...engagementRiskWarnings(view),
    ...unrecordedRepairWarnings(view),
    ...repeatedWithdrawalWarnings(view),
  ];
}
