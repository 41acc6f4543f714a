/**
 * The tension indicators that are signs of a withdrawal rupture (Safran & Muran, 2000): moving
 * away from the worker by minimal answers, avoidance, distancing, deference or absences, rather
 * than against them. `aggressive-or-defiant` is a confrontation marker; `resistance` can be
 * either, so neither is listed.
 */
import type { TensionIndicator } from '../domain/taxonomy';

export const withdrawalIndicators: readonly TensionIndicator[] = [
  'hiding-information',
  'lying',
  'not-showing-weakness',
  'socially-desirable-answers',
  'submission',
  'repeated-absences',
  'passive-participation',
  'non-problematisation',
  'denial',
  'lack-of-commitment',
  'tired-tone',
  'boredom',
  'loss-of-contact',
  'emotional-distance',
];

const withdrawalSet: ReadonlySet<TensionIndicator> = new Set(withdrawalIndicators);

/** Whether an indicator is on the list: a set lookup, for every tension of a long case. */
export function isWithdrawalIndicator(indicator: TensionIndicator): boolean {
  return withdrawalSet.has(indicator);
}
