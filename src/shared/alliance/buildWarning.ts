/** Puts a rule's findings into a warning with its id, sources and suggestions. */
import { repairSuggestions } from './repairSuggestions';
import { ruleSources } from './ruleSources';
import type { SourceId } from './sources';
import type { RuleId, Suggestions, WarningOfRule } from './warning';
import { warningId } from './warningId';

type Findings<Rule extends RuleId> = Pick<WarningOfRule<Rule>, 'level' | 'sessions' | 'details'>;

/** `idParts`: what identifies the situation, beyond the rule (the triggering sessions, the element…). */
export function buildWarning<Rule extends RuleId>(
  rule: Rule,
  findings: Findings<Rule>,
  idParts: readonly (string | number)[],
): WarningOfRule<Rule> {
  const sources: readonly SourceId[] = ruleSources[rule];
  const suggestions: Suggestions = repairSuggestions[rule];
  const warning = { id: warningId(rule, idParts), rule, ...findings, sources, suggestions };
  // TypeScript cannot narrow the union by a generic rule; the findings' type ties them to it.
  return warning as unknown as WarningOfRule<Rule>;
}
