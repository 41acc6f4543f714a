import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseOverview } from '../../../shared/journal/caseOverview';
import { formatCalendarDate, todayDate } from '../cases/dates';
import { PanelToggle } from '../ui/PanelToggle';
import { useReturnFocus } from '../ui/useReturnFocus';
import { AttainmentChart } from './AttainmentChart';
import { GoalScaleCard } from './GoalScaleCard';
import { GoalScaleForm } from './GoalScaleForm';
import { RateGoalsForm } from './RateGoalsForm';
import { newReviewDraft, reviewDraftOf, type ReviewDraft } from './reviewDraft';
import './gas.css';

type Open = { form: 'scale'; goalId: string } | { form: 'review'; draft: ReviewDraft; editing: boolean };

/**
 * Goal attainment scaling on the Alliance tab: each shared goal with its scale (set or edited in
 * place), "Rate the goals" at a review, the reviews so far (each correctable), and the T-score.
 */
export function GoalAttainment({ journalCase }: { journalCase: CaseOverview }) {
  const { t, i18n } = useTranslation();
  const titleId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const focus = useReturnFocus(heading);
  const [open, setOpen] = useState<Open | undefined>();
  const [confirmation, setConfirmation] = useState('');
  const scales = journalCase.goalScales ?? [];
  const reviews = journalCase.goalReviews ?? [];
  const scaleOf = (goalId: string) => scales.find((scale) => scale.goalId === goalId);
  const scaled = journalCase.goals.flatMap((goal) => {
    const scale = scaleOf(goal.id);
    return scale === undefined ? [] : [{ goal, scale }];
  });
  const timesRated = (goalId: string) =>
    reviews.filter((review) => review.ratings.some((rating) => rating.goalId === goalId)).length;

  function openForm(next: Open): void {
    focus.remember();
    setConfirmation('');
    setOpen(next);
  }
  function close(): void {
    setOpen(undefined);
    focus.restore();
  }
  function saved(text: string): void {
    setConfirmation(text);
    close();
  }

  const reviewForm =
    open?.form === 'review' ? (
      <RateGoalsForm
        key={open.draft.reviewId}
        caseId={journalCase.id}
        openedAt={journalCase.openedAt}
        scaled={scaled}
        initial={open.draft}
        editing={open.editing}
        onSaved={saved}
        onCancel={close}
      />
    ) : undefined;

  return (
    <section className="goal-attainment" aria-labelledby={titleId} data-testid="goal-attainment">
      <h2 id={titleId} ref={heading} tabIndex={-1}>
        {t('gas.title')}
      </h2>
      <p className="cases-note">{t('gas.intro')}</p>
      <p className="confirmation" role="status">
        {confirmation}
      </p>
      {journalCase.goals.length === 0 ? (
        <p className="cases-empty">{t('gas.noGoals')}</p>
      ) : (
        <ul className="case-cards">
          {journalCase.goals.map((goal) => (
            <GoalScaleCard
              key={goal.id}
              goal={goal}
              scale={scaleOf(goal.id)}
              reviews={timesRated(goal.id)}
              onEdit={() => openForm({ form: 'scale', goalId: goal.id })}
            />
          ))}
        </ul>
      )}
      {open?.form === 'scale' &&
        journalCase.goals
          .filter((goal) => goal.id === open.goalId)
          .map((goal) => (
            <GoalScaleForm
              key={goal.id}
              caseId={journalCase.id}
              goal={goal}
              scale={scaleOf(goal.id)}
              onSaved={saved}
              onCancel={close}
            />
          ))}
      <div className="actions">
        <PanelToggle
          disabled={scaled.length === 0}
          expanded={open?.form === 'review' && !open.editing}
          onToggle={() =>
            openForm({ form: 'review', draft: newReviewDraft(crypto.randomUUID(), todayDate()), editing: false })
          }
        >
          {t('gas.review.rate')}
        </PanelToggle>
      </div>
      {scaled.length === 0 && journalCase.goals.length > 0 && <p className="help">{t('gas.review.needsScale')}</p>}
      {reviewForm}
      {reviews.length > 0 && (
        <ul className="gas-reviews">
          {[...reviews].reverse().map((review) => (
            <li key={review.id}>
              {formatCalendarDate(review.reviewedOn, i18n.language)}{' '}
              <button
                type="button"
                className="link-button"
                aria-label={t('gas.review.editTitle', { date: formatCalendarDate(review.reviewedOn, i18n.language) })}
                onClick={() => openForm({ form: 'review', draft: reviewDraftOf(review), editing: true })}
              >
                {t('gas.review.correct')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <AttainmentChart caseId={journalCase.id} goals={scaled.map(({ goal }) => goal)} />
    </section>
  );
}
