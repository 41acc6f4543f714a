/**
 * The tension indicators that are signs of a withdrawal rupture (Safran & Muran, 2000): moving
 * away from the worker by minimal answers, avoidance, distancing, deference or absences, rather
 * than against them. `aggressive-or-defiant` is a confrontation marker; `resistance` can be
 * either, so neither is listed.
 */
import { tensionIndicators, type TensionIndicator } from '../domain/taxonomy';

/** Signs of moving against the worker, or of either way. */
const notWithdrawal: readonly TensionIndicator[] = ['aggressive-or-defiant', 'resistance'];

export const withdrawalIndicators: readonly TensionIndicator[] = tensionIndicators.filter(
  (indicator) => !notWithdrawal.includes(indicator),
);

const withdrawalSet: ReadonlySet<TensionIndicator> = new Set(withdrawalIndicators);

/** Whether an indicator is on the list: a set lookup, for every tension of a long case. */
export function isWithdrawalIndicator(indicator: TensionIndicator): boolean {
  return withdrawalSet.has(indicator);
}
