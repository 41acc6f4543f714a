import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { phases } from '../../../shared/domain/taxonomy';
import { briefParts } from '../../../shared/exports/brief/briefParts';
import { briefLanguages, type BriefLanguage } from '../../../shared/exports/language';
import { FormField } from '../ui/form/FormField';
import { CheckboxList } from '../ui/form/CheckboxList';
import { RadioChoice } from '../ui/form/RadioChoice';
import { SelectField } from '../ui/form/SelectField';
import type { BriefChoices, ChoiceProblem, PeriodStart } from './briefChoices';

interface Props {
  choices: BriefChoices;
  problems: readonly ChoiceProblem[];
  onChange: (choices: BriefChoices) => void;
}

const starts: readonly PeriodStart[] = ['last-brief', 'all', 'date'];
const startLabels = { 'last-brief': 'startLastBrief', all: 'startAll', date: 'startDate' } as const;

/** The period, phases, parts and language of the brief; every change rebuilds the preview. */
export function BriefOptionsForm({ choices, problems, onChange }: Props) {
  const { t } = useTranslation();
  const titleId = useId();
  const change = (patch: Partial<BriefChoices>) => onChange({ ...choices, ...patch });
  const problem = (name: ChoiceProblem) => (problems.includes(name) ? t(`exports.options.${name}`) : undefined);
  const phasesProblem = problem('phasesMissing');
  return (
    <section className="brief-options" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('exports.options.title')}</h2>
      <div className="brief-options-grid">
        <div className="brief-period">
          <RadioChoice
            legend={t('exports.options.start')}
            options={starts.map((start) => ({ value: start, label: t(`exports.options.${startLabels[start]}`) }))}
            value={choices.start}
            onChange={(start) => change({ start })}
          />
          <div className="brief-dates">
            {choices.start === 'date' && (
              <FormField label={t('exports.options.from')} error={problem('fromMissing')}>
                {(control) => (
                  <input
                    {...control}
                    type="date"
                    className="text-input cases-date"
                    value={choices.from}
                    max={choices.to === '' ? undefined : choices.to}
                    onChange={(event) => change({ from: event.target.value })}
                  />
                )}
              </FormField>
            )}
            <FormField label={t('exports.options.to')} help={t('exports.options.toHelp')}>
              {(control) => (
                <input
                  {...control}
                  type="date"
                  className="text-input cases-date"
                  value={choices.to}
                  onChange={(event) => change({ to: event.target.value })}
                />
              )}
            </FormField>
          </div>
        </div>
        <div>
          <CheckboxList
            legend={t('exports.options.phases')}
            options={phases.map((phase) => ({ value: phase, label: t(`taxonomy.phases.${phase}`) }))}
            values={choices.phases}
            onChange={(values) => change({ phases: values })}
          />
          {phasesProblem !== undefined && (
            <p className="cases-field-error" role="alert">
              {phasesProblem}
            </p>
          )}
          <SelectField
            label={t('exports.options.language')}
            value={choices.language}
            className="cases-field brief-language"
            onChange={(language) => change({ language: language as BriefLanguage })}
          >
            {briefLanguages.map((language) => (
              <option key={language} value={language}>
                {t(`languages.${language}`)}
              </option>
            ))}
          </SelectField>
        </div>
        <CheckboxList
          legend={t('exports.options.parts')}
          options={briefParts.map((part) => ({ value: part, label: t(`exports.parts.${part}`) }))}
          values={choices.parts}
          onChange={(values) => change({ parts: values })}
        />
      </div>
    </section>
  );
}
