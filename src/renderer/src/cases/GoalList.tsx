import { useTranslation } from 'react-i18next';
import type { Goal } from '../../../shared/domain/goal';
import type { Party } from '../../../shared/domain/party';
import { formatCalendarDate } from './dates';

/** The shared goals, each with its status and whom it was agreed with. */
export function GoalList({ goals, parties }: { goals: readonly Goal[]; parties: readonly Party[] }) {
  const { t, i18n } = useTranslation();
  if (goals.length === 0) return <p className="cases-empty">{t('cases.goals.noneYet')}</p>;
  const names = new Map(parties.map((party) => [party.id, party.name]));
  return (
    <ul className="case-cards">
      {goals.map((goal) => {
        const agreedWith = goal.agreedWith.flatMap((id) => names.get(id) ?? []);
        return (
          <li key={goal.id} className="case-card">
            <p className="case-card-title">
              <strong className="case-goal-text">{goal.description}</strong>
              <span className="case-tag" data-goal-status={goal.status}>
                {t(`taxonomy.goalStatuses.${goal.status}`)}
              </span>
            </p>
            <p className="case-card-note case-separated">
              <span>
                {agreedWith.length === 0
                  ? t('cases.goals.agreedWithNobody')
                  : t('cases.goals.agreedWithList', { names: agreedWith.join(', ') })}
              </span>
              {goal.agreedAt !== undefined && (
                <span>{t('cases.goals.agreedOn', { date: formatCalendarDate(goal.agreedAt, i18n.language) })}</span>
              )}
            </p>
          </li>
        );
      })}
    </ul>
  );
}
