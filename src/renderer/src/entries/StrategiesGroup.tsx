import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { kindOfStrategy, strategyOutcomes, type Strategy, type StrategyOutcome } from '../../../shared/domain/taxonomy';
import { AddRow } from './AddRow';
import type { StrategyForm } from './entryForm';
import { FoldableItem } from './FoldableItem';
import { NoteField } from './NoteField';
import { RadioChoice } from '../ui/form/RadioChoice';
import { SelectField } from '../ui/form/SelectField';
import { StrategyOptions } from './StrategyOptions';
import type { ItemFolds } from './useItemFolds';

interface Props {
  strategies: StrategyForm[];
  onChange: (strategies: StrategyForm[]) => void;
  folds: ItemFolds;
}

/** What the practitioner tried, and whether the tension was repaired after it; one line each once written. */
export function StrategiesGroup({ strategies, onChange, folds }: Props) {
  const { t } = useTranslation();
  const addControl = useRef<HTMLSelectElement>(null);

  function update(key: string, next: StrategyForm): void {
    onChange(strategies.map((candidate) => (candidate.key === key ? next : candidate)));
  }

  return (
    <div className="strategies">
      {strategies.length === 0 && <p className="help">{t('entries.strategies.help')}</p>}
      {strategies.map((use, index) => {
        const name = t(`taxonomy.strategies.${use.strategy}`);
        return (
          <FoldableItem
            key={use.key}
            testId="strategy"
            legend={t('entries.strategies.legend', { number: index + 1, strategy: name })}
            summary={[t(`taxonomy.strategyOutcomes.${use.outcome}`), use.note]
              .filter((part) => part !== undefined)
              .join(t('entries.separator'))}
            expanded={folds.isExpanded(use.key)}
            focusFirst={folds.isNew(use.key)}
            onExpandedChange={(expanded) => folds.setExpanded(use.key, expanded)}
            removeLabel={t('entries.strategies.remove', { number: index + 1 })}
            onRemove={() => {
              onChange(strategies.filter((candidate) => candidate.key !== use.key));
              // The removed item had focus: keep the keyboard in the list.
              requestAnimationFrame(() => addControl.current?.focus());
            }}
          >
            <SelectField
              label={t('entries.strategies.strategy')}
              value={use.strategy}
              onChange={(value) => {
                const strategy = value as Strategy;
                update(use.key, { ...use, strategy, kind: kindOfStrategy(strategy) });
              }}
            >
              <StrategyOptions />
            </SelectField>
            <RadioChoice<StrategyOutcome>
              legend={t('entries.strategies.outcome')}
              compact
              options={strategyOutcomes.map((outcome) => ({
                value: outcome,
                label: t(`taxonomy.strategyOutcomes.${outcome}`),
              }))}
              value={use.outcome}
              onChange={(outcome) => update(use.key, { ...use, outcome })}
            />
            <NoteField label={t('entries.strategies.note')} item={use} onChange={(next) => update(use.key, next)} />
          </FoldableItem>
        );
      })}
      <AddRow
        label={t('entries.strategies.addLabel')}
        button={t('entries.strategies.add')}
        placeholder={t('entries.strategies.choose')}
        selectRef={addControl}
        onAdd={(value) => {
          const strategy = value as Strategy;
          const key = crypto.randomUUID();
          folds.added(key);
          onChange([...strategies, { key, kind: kindOfStrategy(strategy), strategy, outcome: 'unknown' }]);
        }}
      >
        <StrategyOptions />
      </AddRow>
    </div>
  );
}
