import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Party } from '../../../shared/domain/party';
import {
  repairSteps,
  ruptureKinds,
  systemicRelationships,
  tensionIndicators,
  tensionIntensities,
  type Phase,
  type RuptureKind,
  type SystemicRelationship,
  type TensionIntensity,
  type TensionType,
} from '../../../shared/domain/taxonomy';
import { CheckboxList } from '../ui/form/CheckboxList';
import type { TensionForm } from './entryForm';
import { partyLabel } from './partyLabel';
import { RadioChoice } from '../ui/form/RadioChoice';
import { SelectField } from '../ui/form/SelectField';
import { tensionGroupsFor } from './tensionGroups';
import { TensionTypeOptions } from './TensionTypeOptions';

interface Props {
  tension: TensionForm;
  number: number;
  phase: Phase;
  parties: readonly Party[];
  onChange: (tension: TensionForm) => void;
  onRemove: () => void;
}

/** One tension noticed in the session: what kind, the signs, who, how strong, and whether it broke. */
export function TensionEditor({ tension, number, phase, parties, onChange, onRemove }: Props) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const typeLabel = t(`taxonomy.tensionTypes.${tension.type}`);
  return (
    <fieldset className="entry-card" data-testid="tension">
      <legend>{t('entries.tensions.legend', { number, type: typeLabel })}</legend>
      <SelectField
        label={t('entries.tensions.type')}
        value={tension.type}
        onChange={(value) => onChange({ ...tension, type: value as TensionType })}
      >
        <TensionTypeOptions groups={tensionGroupsFor(phase, tension.type)} />
      </SelectField>
      <RadioChoice<TensionIntensity>
        legend={t('entries.tensions.intensity')}
        compact
        options={tensionIntensities.map((intensity) => ({
          value: intensity,
          label: t(`entries.tensions.intensities.${intensity}`),
        }))}
        value={tension.intensity}
        onChange={(intensity) => onChange({ ...tension, intensity })}
      />
      <RadioChoice<RuptureKind>
        legend={t('entries.tensions.rupture')}
        compact
        hintOfChoice
        options={ruptureKinds.map((kind) => ({
          value: kind,
          label: t(`taxonomy.ruptureKinds.${kind}`),
          ...(kind === 'none' ? {} : { hint: t(`taxonomy.ruptureKindHints.${kind}`) }),
        }))}
        value={tension.rupture}
        onChange={(rupture) => onChange({ ...tension, rupture })}
      />
      {tension.rupture !== 'none' && (
        <CheckboxList
          legend={t('entries.tensions.repairSteps')}
          options={repairSteps.map((step) => ({ value: step, label: t(`taxonomy.repairSteps.${step}`) }))}
          values={tension.repairSteps}
          onChange={(steps) => onChange({ ...tension, repairSteps: steps })}
        />
      )}
      <CheckboxList
        legend={t('entries.tensions.indicators')}
        options={tensionIndicators.map((indicator) => ({
          value: indicator,
          label: t(`taxonomy.tensionIndicators.${indicator}`),
        }))}
        values={tension.indicators}
        onChange={(indicators) => onChange({ ...tension, indicators })}
      />
      <CheckboxList
        legend={t('entries.tensions.parties')}
        emptyText={t('entries.noParties')}
        options={parties.map((party) => ({ value: party.id, label: partyLabel(party, t) }))}
        values={tension.parties}
        onChange={(ids) => onChange({ ...tension, parties: ids })}
      />
      <SelectField
        label={t('entries.tensions.relationship')}
        value={tension.relationship ?? ''}
        onChange={(value) => {
          const { relationship: _relationship, ...rest } = tension;
          onChange(value === '' ? rest : { ...rest, relationship: value as SystemicRelationship });
        }}
      >
        <option value="">{t('entries.fields.notSaid')}</option>
        {systemicRelationships.map((relationship) => (
          <option key={relationship} value={relationship}>
            {t(`taxonomy.systemicRelationships.${relationship}`)}
          </option>
        ))}
      </SelectField>
      <div className="inline-field">
        <label htmlFor={`${id}-note`}>{t('entries.tensions.note')}</label>
        <textarea
          id={`${id}-note`}
          className="text-input"
          rows={2}
          spellCheck
          lang={i18n.language}
          value={tension.note ?? ''}
          onChange={(event) => {
            const { note: _note, ...rest } = tension;
            onChange(event.target.value === '' ? rest : { ...rest, note: event.target.value });
          }}
        />
      </div>
      <button type="button" className="link-button" onClick={onRemove}>
        {t('entries.tensions.remove', { number })}
      </button>
    </fieldset>
  );
}
