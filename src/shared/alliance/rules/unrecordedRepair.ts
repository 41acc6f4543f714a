/**
 * R6: a recent session recorded a withdrawal or confrontation rupture, but neither a strategy nor
 * a repair step: a prompt to note what was tried. The 3RS (Eubanks et al., 2019) codes the
 * resolution strategies used on each rupture; Aspland et al. (2008) give the steps to try.
 */
import type { RuptureKind } from '../../domain/taxonomy';
import { buildWarning } from '../buildWarning';
import { recentEntries, sessionOf, type CaseView } from '../caseView';
import type { WarningOfRule } from '../warning';

type Rupture = Exclude<RuptureKind, 'none'>;
const ruptures: readonly Rupture[] = ['withdrawal', 'confrontation'];

export function unrecordedRepairWarnings(view: CaseView): WarningOfRule<'unrecorded-repair'>[] {
  const warnings: WarningOfRule<'unrecorded-repair'>[] = [];
  for (const entry of recentEntries(view)) {
    if (entry.strategies.length > 0) continue;
    const unrepaired = entry.tensions.filter(
      (tension) => tension.rupture !== 'none' && tension.repairSteps.length === 0,
    );
    if (unrepaired.length === 0) continue;
    const kinds = ruptures.filter((kind) => unrepaired.some((tension) => tension.rupture === kind));
    warnings.push(
      buildWarning(
        'unrecorded-repair',
        { level: 'prompt', sessions: [sessionOf(entry)], details: { ruptures: kinds } },
        [entry.id],
      ),
    );
  }
  return warnings;
}
