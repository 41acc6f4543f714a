import { useTranslation } from 'react-i18next';
import type { Party } from '../../../shared/domain/party';
import { tensionTypesForPhase, type Phase, type TensionType } from '../../../shared/domain/taxonomy';
import { AddRow } from './AddRow';
import type { TensionForm } from './entryForm';
import { TensionEditor } from './TensionEditor';
import { tensionGroupsFor } from './tensionGroups';
import { TensionTypeOptions } from './TensionTypeOptions';

interface Props {
  phase: Phase;
  tensions: TensionForm[];
  parties: readonly Party[];
  onChange: (tensions: TensionForm[]) => void;
}

/** The tensions noticed in the session, from the phase's list and the family ones. */
export function TensionsGroup({ phase, tensions, parties, onChange }: Props) {
  const { t } = useTranslation();
  function add(type: string): void {
    onChange([
      ...tensions,
      {
        key: crypto.randomUUID(),
        type: type as TensionType,
        indicators: [],
        parties: [],
        intensity: 2,
        rupture: 'none',
        repairSteps: [],
      },
    ]);
  }
  return (
    <div className="tensions">
      <p className="help">{t('entries.tensions.help')}</p>
      {tensions.map((tension, index) => (
        <TensionEditor
          key={tension.key}
          tension={tension}
          number={index + 1}
          phase={phase}
          parties={parties}
          onChange={(next) => onChange(tensions.map((candidate) => (candidate.key === tension.key ? next : candidate)))}
          onRemove={() => onChange(tensions.filter((candidate) => candidate.key !== tension.key))}
        />
      ))}
      <AddRow
        key={phase}
        label={t('entries.tensions.addLabel')}
        button={t('entries.tensions.add')}
        initial={tensionTypesForPhase(phase)[0] ?? ''}
        onAdd={add}
      >
        <TensionTypeOptions groups={tensionGroupsFor(phase)} />
      </AddRow>
    </div>
  );
}
