import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { newGoalDraft, type GoalDraft } from './caseDrafts';
import type { FormProblems } from './caseProblems';
import { GoalFields, type PartyChoice } from './GoalFields';

interface Props {
  goals: GoalDraft[];
  parties: readonly PartyChoice[];
  onChange: (goals: GoalDraft[]) => void;
  problems: FormProblems;
}

/** The list of shared goals being edited, with adding and removing. */
export function GoalsEditor({ goals, parties, onChange, problems }: Props) {
  const { t } = useTranslation();
  const addButton = useRef<HTMLButtonElement>(null);
  const [added, setAdded] = useState<string | undefined>();

  function add(): void {
    const goal = newGoalDraft(crypto.randomUUID());
    setAdded(goal.id);
    onChange([...goals, goal]);
  }

  function remove(id: string): void {
    onChange(goals.filter((goal) => goal.id !== id));
    addButton.current?.focus();
  }

  return (
    <div className="cases-editor">
      {goals.length === 0 && <p className="cases-empty">{t('cases.goals.noneYet')}</p>}
      {goals.map((goal, index) => (
        <GoalFields
          key={goal.id}
          goal={goal}
          number={index + 1}
          parties={parties}
          problems={problems}
          autoFocus={goal.id === added}
          onChange={(changed) => onChange(goals.map((other) => (other.id === changed.id ? changed : other)))}
          onRemove={() => remove(goal.id)}
        />
      ))}
      <button type="button" ref={addButton} onClick={add}>
        {t('cases.goals.add')}
      </button>
    </div>
  );
}
