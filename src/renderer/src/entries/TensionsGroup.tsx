import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Party } from '../../../shared/domain/party';
import type { Phase, TensionType } from '../../../shared/domain/taxonomy';
import { AddRow } from './AddRow';
import type { TensionForm } from './entryForm';
import { TensionEditor } from './TensionEditor';
import { tensionGroupsFor } from './tensionGroups';
import { TensionTypeOptions } from './TensionTypeOptions';
import type { ItemFolds } from './useItemFolds';

interface Props {
  phase: Phase;
  tensions: TensionForm[];
  parties: readonly Party[];
  onChange: (tensions: TensionForm[]) => void;
  folds: ItemFolds;
}

/**
 * The tensions noticed in the session, from the phase's list and the family ones. The one being
 * written is open; the others are one line each.
 */
export function TensionsGroup({ phase, tensions, parties, onChange, folds }: Props) {
  const { t } = useTranslation();
  const addControl = useRef<HTMLSelectElement>(null);
  function add(type: string): void {
    const key = crypto.randomUUID();
    folds.added(key);
    onChange([
      ...tensions,
      {
        key,
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
      {tensions.length === 0 && <p className="help">{t('entries.tensions.help')}</p>}
      {tensions.map((tension, index) => (
        <TensionEditor
          key={tension.key}
          tension={tension}
          number={index + 1}
          phase={phase}
          parties={parties}
          expanded={folds.isExpanded(tension.key)}
          isNew={folds.isNew(tension.key)}
          onExpandedChange={(expanded) => folds.setExpanded(tension.key, expanded)}
          onChange={(next) => onChange(tensions.map((candidate) => (candidate.key === tension.key ? next : candidate)))}
          onRemove={() => {
            onChange(tensions.filter((candidate) => candidate.key !== tension.key));
            // The removed item had focus: keep the keyboard in the list.
            requestAnimationFrame(() => addControl.current?.focus());
          }}
        />
      ))}
      <AddRow
        key={phase}
        label={t('entries.tensions.addLabel')}
        button={t('entries.tensions.add')}
        placeholder={t('entries.tensions.choose')}
        selectRef={addControl}
        onAdd={add}
      >
        <TensionTypeOptions groups={tensionGroupsFor(phase)} />
      </AddRow>
    </div>
  );
}
