import { useRef, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { Goal } from '../../../shared/domain/goal';
import { goalWeightLimit, type GoalScale } from '../../../shared/domain/goalAttainment';
import { signedLevel } from '../../../shared/gas';
import { useContractMutation } from '../api/useContractMutation';
import { DateField } from '../ui/form/DateField';
import { todayDate } from '../cases/dates';
import { focusFirstInvalid } from '../ui/form/focusFirstInvalid';
import { FormActions } from '../ui/form/FormActions';
import { FormField } from '../ui/form/FormField';
import { InlinePanel } from '../ui/InlinePanel';
import { ErrorMessage } from '../components/ErrorMessage';
import { levelNameKey } from './levelNames';
import { scaleDraftOf, scaleProblems, scaleRequest, type LevelDraft, type ScaleDraft } from './scaleDraft';

interface Props {
  caseId: string;
  goal: Goal;
  scale: GoalScale | undefined;
  onSaved: (confirmation: string) => void;
  onCancel: () => void;
}

/** Sets or edits one goal's scale: the five outcomes in both voices, the weight and the day agreed. */
export function GoalScaleForm({ caseId, goal, scale, onSaved, onCancel }: Props) {
  const { t } = useTranslation();
  const form = useRef<HTMLFormElement>(null);
  const [draft, setDraft] = useState<ScaleDraft>(() => scaleDraftOf(scale, todayDate()));
  const [attempted, setAttempted] = useState(false);
  const saving = useContractMutation('setGoalScale', {
    onSuccess: () => onSaved(t('gas.scale.saved', { goal: goal.description })),
  });
  const problems = scaleProblems(draft);
  const problemText = (key: string) => {
    const problem = attempted ? problems.get(key) : undefined;
    return problem === undefined ? undefined : t(`gas.problems.${problem}`, { most: goalWeightLimit });
  };
  const changeLevel = (level: number, fields: Partial<LevelDraft>) =>
    setDraft((previous) => ({
      ...previous,
      levels: previous.levels.map((item) => (item.level === level ? { ...item, ...fields } : item)),
    }));

  function onSubmit(event: FormEvent): void {
    event.preventDefault();
    if (problems.size > 0) {
      flushSync(() => setAttempted(true));
      focusFirstInvalid(form.current);
      return;
    }
    if (!saving.isPending) saving.mutate(scaleRequest(caseId, goal.id, draft));
  }

  return (
    <InlinePanel title={t('gas.scale.title', { goal: goal.description })} level={3} className="gas-panel">
      <p>{t('gas.scale.explain')}</p>
      <form ref={form} onSubmit={onSubmit} noValidate>
        {attempted && problems.size > 0 && (
          <p className="cases-field-error" role="alert">
            {t('gas.problems.summary', { count: problems.size })}
          </p>
        )}
        {[...draft.levels].reverse().map((item) => (
          <fieldset key={item.level} className="gas-level" data-level={item.level}>
            <legend>
              {t('gas.scale.levelLegend', {
                level: signedLevel(item.level),
                name: t(`gas.levels.${levelNameKey(item.level)}`),
              })}
            </legend>
            <FormField label={t('gas.scale.practitioner')} error={problemText(`level:${item.level}`)}>
              {(control) => (
                <textarea
                  {...control}
                  className="text-input"
                  rows={2}
                  value={item.practitioner}
                  onChange={(event) => changeLevel(item.level, { practitioner: event.target.value })}
                />
              )}
            </FormField>
            <FormField label={t('gas.scale.caregiver')}>
              {(control) => (
                <textarea
                  {...control}
                  className="text-input"
                  rows={2}
                  value={item.caregiver}
                  onChange={(event) => changeLevel(item.level, { caregiver: event.target.value })}
                />
              )}
            </FormField>
          </fieldset>
        ))}
        <FormField
          label={t('gas.scale.weight')}
          help={t('gas.scale.weightHelp', { most: goalWeightLimit })}
          error={problemText('weight')}
        >
          {(control) => (
            <input
              {...control}
              className="text-input gas-weight"
              inputMode="decimal"
              value={draft.weight}
              onChange={(event) => setDraft((previous) => ({ ...previous, weight: event.target.value }))}
            />
          )}
        </FormField>
        <DateField
          label={t('gas.scale.agreedOn')}
          error={problemText('agreedOn')}
          value={draft.agreedOn}
          onChange={(agreedOn) => setDraft((previous) => ({ ...previous, agreedOn }))}
          inputClassName="cases-date"
        />
        {saving.error && <ErrorMessage error={saving.error.shape} />}
        <FormActions submitLabel={t('gas.scale.save')} busy={saving.isPending} onCancel={onCancel} />
      </form>
    </InlinePanel>
  );
}
