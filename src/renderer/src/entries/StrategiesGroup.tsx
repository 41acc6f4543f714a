import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import {
  kindOfStrategy,
  strategiesByKind,
  strategyOutcomes,
  type Strategy,
  type StrategyOutcome,
} from '../../../shared/domain/taxonomy';
import { AddRow } from './AddRow';
import type { StrategyForm } from './entryForm';
import { RadioChoice } from '../ui/form/RadioChoice';
import { SelectField } from '../ui/form/SelectField';
import { StrategyOptions } from './StrategyOptions';

interface Props {
  strategies: StrategyForm[];
  onChange: (strategies: StrategyForm[]) => void;
}

/** What the practitioner tried, and whether the tension was repaired after it. */
export function StrategiesGroup({ strategies, onChange }: Props) {
  const { t, i18n } = useTranslation();
  const id = useId();

  function update(key: string, next: StrategyForm): void {
    onChange(strategies.map((candidate) => (candidate.key === key ? next : candidate)));
  }

  return (
    <div className="strategies">
      <p className="help">{t('entries.strategies.help')}</p>
      {strategies.map((use, index) => (
        <fieldset className="entry-card" key={use.key} data-testid="strategy">
          <legend>
            {t('entries.strategies.legend', { number: index + 1, strategy: t(`taxonomy.strategies.${use.strategy}`) })}
          </legend>
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
          <div className="inline-field">
            <label htmlFor={`${id}-${use.key}-note`}>{t('entries.strategies.note')}</label>
            <textarea
              id={`${id}-${use.key}-note`}
              className="text-input"
              rows={2}
              spellCheck
              lang={i18n.language}
              value={use.note ?? ''}
              onChange={(event) => {
                const { note: _note, ...rest } = use;
                update(use.key, event.target.value === '' ? rest : { ...rest, note: event.target.value });
              }}
            />
          </div>
          <button
            type="button"
            className="link-button"
            onClick={() => onChange(strategies.filter((candidate) => candidate.key !== use.key))}
          >
            {t('entries.strategies.remove', { number: index + 1 })}
          </button>
        </fieldset>
      ))}
      <AddRow
        label={t('entries.strategies.addLabel')}
        button={t('entries.strategies.add')}
        initial={strategiesByKind['alliance-building'][0]}
        onAdd={(value) => {
          const strategy = value as Strategy;
          onChange([
            ...strategies,
            { key: crypto.randomUUID(), kind: kindOfStrategy(strategy), strategy, outcome: 'unknown' },
          ]);
        }}
      >
        <StrategyOptions />
      </AddRow>
    </div>
  );
}
