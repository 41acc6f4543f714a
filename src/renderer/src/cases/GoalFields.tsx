import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { goalStatuses, type GoalStatus } from '../../../shared/domain/taxonomy';
import type { GoalDraft } from './caseDrafts';
import type { FormProblems } from './caseProblems';
import { todayDate } from './dates';
import { FormField } from '../ui/form/FormField';

/** A party a goal can be agreed with, as the checkbox names it. */
export interface PartyChoice {
  id: string;
  label: string;
}

interface Props {
  goal: GoalDraft;
  number: number;
  parties: readonly PartyChoice[];
  problems: FormProblems;
  autoFocus: boolean;
  onChange: (goal: GoalDraft) => void;
  onRemove: () => void;
}

/** One shared goal: what was agreed, with whom, how it stands and since when. */
export function GoalFields({ goal, number, parties, problems, autoFocus, onChange, onRemove }: Props) {
  const { t } = useTranslation();
  const withId = useId();
  const legend = t('cases.goals.goal', { number });
  const descriptionProblem = problems.get(`goal:${goal.id}`);
  const dateProblem = problems.get(`goal-date:${goal.id}`);

  function setStatus(status: GoalStatus): void {
    // Moving a goal to "agreed" is usually done the day it is agreed; the date stays editable.
    const agreedAt = status === 'agreed' && goal.agreedAt === '' ? todayDate() : goal.agreedAt;
    onChange({ ...goal, status, agreedAt });
  }

  function toggle(partyId: string, checked: boolean): void {
    const agreedWith = checked ? [...goal.agreedWith, partyId] : goal.agreedWith.filter((id) => id !== partyId);
    onChange({ ...goal, agreedWith });
  }

  return (
    <fieldset className="cases-item">
      <legend>{legend}</legend>
      <FormField
        label={t('cases.goals.description')}
        help={t('cases.goals.descriptionHelp')}
        error={descriptionProblem === undefined ? undefined : t(`cases.problems.${descriptionProblem}`)}
      >
        {(control) => (
          <textarea
            {...control}
            className="text-input"
            rows={2}
            value={goal.description}
            autoFocus={autoFocus}
            onChange={(event) => onChange({ ...goal, description: event.target.value })}
          />
        )}
      </FormField>
      <div className="cases-row">
        <FormField label={t('cases.goals.status')}>
          {(control) => (
            <select
              {...control}
              className="cases-select"
              value={goal.status}
              onChange={(event) => setStatus(event.target.value as GoalStatus)}
            >
              {goalStatuses.map((status) => (
                <option key={status} value={status}>
                  {t(`taxonomy.goalStatuses.${status}`)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField
          label={t('cases.goals.agreedAt')}
          error={dateProblem === undefined ? undefined : t(`cases.problems.${dateProblem}`)}
        >
          {(control) => (
            <input
              {...control}
              type="date"
              className="text-input"
              value={goal.agreedAt}
              onChange={(event) => onChange({ ...goal, agreedAt: event.target.value })}
            />
          )}
        </FormField>
      </div>
      <fieldset className="cases-choices" aria-describedby={parties.length === 0 ? `${withId}-none` : undefined}>
        <legend>{t('cases.goals.agreedWith')}</legend>
        {parties.length === 0 ? (
          <p className="help" id={`${withId}-none`}>
            {t('cases.goals.noParties')}
          </p>
        ) : (
          parties.map((party) => (
            <label key={party.id} className="cases-choice">
              <input
                type="checkbox"
                checked={goal.agreedWith.includes(party.id)}
                onChange={(event) => toggle(party.id, event.target.checked)}
              />
              {party.label}
            </label>
          ))
        )}
      </fieldset>
      <button
        type="button"
        className="cases-remove"
        onClick={onRemove}
        aria-label={t('cases.goals.removeLabel', { legend })}
      >
        {t('cases.goals.remove')}
      </button>
    </fieldset>
  );
}
