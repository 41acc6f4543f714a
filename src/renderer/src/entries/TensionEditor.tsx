import { useState } from 'react';
import type { TFunction } from 'i18next';
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
import { FoldableItem } from './FoldableItem';
import { NoteField } from './NoteField';
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
  expanded: boolean;
  isNew: boolean;
  onExpandedChange: (expanded: boolean) => void;
  onChange: (tension: TensionForm) => void;
  onRemove: () => void;
}

/**
 * One tension noticed in the session: what kind, how strong, whether it broke, who, and behind
 * "more detail" the signs and the repair steps. Folded, it is one line saying what was chosen.
 */
export function TensionEditor(props: Props) {
  const { tension, number, phase, parties, expanded, isNew, onExpandedChange, onChange, onRemove } = props;
  const { t } = useTranslation();
  const [moreDetail, setMoreDetail] = useState(tension.indicators.length > 0 || tension.repairSteps.length > 0);
  const typeLabel = t(`taxonomy.tensionTypes.${tension.type}`);
  const detailCount = tension.indicators.length + tension.repairSteps.length;
  return (
    <FoldableItem
      testId="tension"
      legend={t('entries.tensions.legend', { number, type: typeLabel })}
      summary={tensionSummary(tension, parties, t)}
      expanded={expanded}
      focusFirst={isNew}
      onExpandedChange={onExpandedChange}
      removeLabel={t('entries.tensions.remove', { number })}
      onRemove={onRemove}
    >
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
      <NoteField label={t('entries.tensions.note')} item={tension} onChange={onChange} />
      <details
        className="more-detail"
        open={moreDetail}
        onToggle={(event) => {
          if (event.currentTarget.open !== moreDetail) setMoreDetail(event.currentTarget.open);
        }}
      >
        <summary>
          {detailCount === 0
            ? t('entries.tensions.moreDetail')
            : t('entries.tensions.moreDetailChosen', { count: detailCount })}
        </summary>
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
      </details>
    </FoldableItem>
  );
}

/** "Strength 3 · Withdrawal · 2 signs · Majo (Caregiver)": what a folded tension holds. */
function tensionSummary(tension: TensionForm, parties: readonly Party[], t: TFunction): string {
  const names = parties.filter((party) => tension.parties.includes(party.id)).map((party) => party.name);
  return [
    t('entries.tensions.strength', { intensity: tension.intensity }),
    tension.rupture === 'none' ? undefined : t(`taxonomy.ruptureKinds.${tension.rupture}`),
    tension.indicators.length === 0 ? undefined : t('entries.tensions.signs', { count: tension.indicators.length }),
    names.length === 0 ? undefined : names.join(', '),
    tension.note === undefined ? undefined : tension.note,
  ]
    .filter((part) => part !== undefined)
    .join(t('entries.separator'));
}
