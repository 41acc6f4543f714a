import { useTranslation } from 'react-i18next';
import { strategiesByKind, type StrategyKind } from '../../../shared/domain/taxonomy';

/** Alliance-building first: the list should not open on the counterproductive ones. */
const kindOrder: readonly StrategyKind[] = ['alliance-building', 'repair', 'counterproductive'];

/** The strategies as <optgroup>s by kind, for a select. */
export function StrategyOptions() {
  const { t } = useTranslation();
  return kindOrder.map((kind) => (
    <optgroup key={kind} label={t(`taxonomy.strategyKinds.${kind}`)}>
      {strategiesByKind[kind].map((strategy) => (
        <option key={strategy} value={strategy}>
          {t(`taxonomy.strategies.${strategy}`)}
        </option>
      ))}
    </optgroup>
  ));
}
