import { useRef, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { Goal } from '../../../shared/domain/goal';
import { attainmentLevels, type GoalScale } from '../../../shared/domain/goalAttainment';
import { signedLevel } from '../../../shared/gas';
import { useContractMutation } from '../api/useContractMutation';
import { DateField } from '../ui/form/DateField';
import { formatCalendarDate } from '../cases/dates';
import { focusFirstInvalid } from '../ui/form/focusFirstInvalid';
import { FormActions } from '../ui/form/FormActions';
import { InlinePanel } from '../ui/InlinePanel';
import { ErrorMessage } from '../components/ErrorMessage';
import { RadioChoice, type Choice } from '../ui/form/RadioChoice';
import { levelNameKey } from './levelNames';
import { reviewProblems, reviewRequest, type ReviewDraft } from './reviewDraft';

interface Props {
  caseId: string;
  openedAt: string;
  /** The goals that have a scale, in the order of the goals. */
  scaled: readonly { goal: Goal; scale: GoalScale }[];
  /** A new review, or a saved one to correct. */
  initial: ReviewDraft;
  editing: boolean;
  onSaved: (confirmation: string) => void;
  onCancel: () => void;
}

const unrated = 'unrated';

/**
 * A review: the day, and the level each scaled goal has reached, each level read with the words
 * agreed for it. Saved only once the practitioner confirms the ratings as their own observation.
 */
export function RateGoalsForm({ caseId, openedAt, scaled, initial, editing, onSaved, onCancel }: Props) {
  const { t, i18n } = useTranslation();
  const form = useRef<HTMLFormElement>(null);
  const [draft, setDraft] = useState<ReviewDraft>(initial);
  const [attempted, setAttempted] = useState(false);
  const goalIds = scaled.map(({ goal }) => goal.id);
  const saving = useContractMutation('rateGoals', {
    onSuccess: (_, request) =>
      onSaved(t('gas.review.saved', { date: formatCalendarDate(request.reviewedOn, i18n.language) })),
  });
  const problems = reviewProblems(draft, goalIds, openedAt);
  const problemText = (key: string) => {
    const problem = attempted ? problems.get(key) : undefined;
    return problem === undefined
      ? undefined
      : t(`gas.problems.${problem}`, { date: formatCalendarDate(openedAt, i18n.language) });
  };

  function choose(goalId: string, value: number | typeof unrated): void {
    setDraft((previous) => {
      const levels = Object.fromEntries(Object.entries(previous.levels).filter(([id]) => id !== goalId));
      return { ...previous, levels: value === unrated ? levels : { ...levels, [goalId]: value } };
    });
  }

  function onSubmit(event: FormEvent): void {
    event.preventDefault();
    if (problems.size > 0) {
      flushSync(() => setAttempted(true));
      focusFirstInvalid(form.current);
      return;
    }
    if (!saving.isPending) saving.mutate(reviewRequest(caseId, draft, goalIds));
  }

  const levelsProblem = problemText('levels');
  const confirmProblem = problemText('confirmed');
  return (
    <InlinePanel
      title={
        editing
          ? t('gas.review.editTitle', { date: formatCalendarDate(initial.reviewedOn, i18n.language) })
          : t('gas.review.title')
      }
      level={3}
      className="gas-panel"
    >
      <p>{t('gas.review.explain')}</p>
      <form ref={form} onSubmit={onSubmit} noValidate>
        <DateField
          label={t('gas.review.reviewedOn')}
          error={problemText('reviewedOn')}
          value={draft.reviewedOn}
          onChange={(reviewedOn) => setDraft((previous) => ({ ...previous, reviewedOn }))}
          inputClassName="cases-date"
        />
        {scaled.map(({ goal, scale }) => {
          const options: Choice<number | typeof unrated>[] = [
            ...[...attainmentLevels].reverse().map((level) => ({
              value: level,
              label: `${signedLevel(level)} ${t(`gas.levels.${levelNameKey(level)}`)}`,
              hint: scale.levels.find((item) => item.level === level)?.practitioner ?? '',
            })),
            { value: unrated, label: t('gas.review.unrated') },
          ];
          return (
            <RadioChoice
              key={goal.id}
              legend={t('gas.review.goalLegend', { goal: goal.description })}
              options={options}
              value={draft.levels[goal.id] ?? unrated}
              onChange={(value) => choose(goal.id, value)}
              className="gas-rating"
            />
          );
        })}
        {levelsProblem !== undefined && (
          <p className="cases-field-error" role="alert">
            {levelsProblem}
          </p>
        )}
        <div className="cases-field gas-confirm">
          <label>
            <input
              type="checkbox"
              checked={draft.confirmed}
              aria-invalid={confirmProblem === undefined ? undefined : true}
              onChange={(event) => setDraft((previous) => ({ ...previous, confirmed: event.target.checked }))}
            />{' '}
            {t('gas.review.confirm')}
          </label>
          {confirmProblem !== undefined && <p className="cases-field-error">{confirmProblem}</p>}
        </div>
        {saving.error && <ErrorMessage error={saving.error.shape} />}
        <FormActions
          submitLabel={t(editing ? 'gas.review.saveChange' : 'gas.review.save')}
          busy={saving.isPending}
          onCancel={onCancel}
        />
      </form>
    </InlinePanel>
  );
}
