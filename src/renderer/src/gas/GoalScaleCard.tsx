import { useTranslation } from 'react-i18next';
import type { Goal } from '../../../shared/domain/goal';
import type { GoalScale } from '../../../shared/domain/goalAttainment';
import { signedLevel } from '../../../shared/gas';
import { formatCalendarDate } from '../cases/dates';
import { levelNameKey } from './levelNames';

interface Props {
  goal: Goal;
  scale: GoalScale | undefined;
  /** Reviews that rated this goal. */
  reviews: number;
  onEdit: () => void;
}

/** A goal with its scale: the five outcomes in both voices (+2 first), the weight, and how often it was rated. */
export function GoalScaleCard({ goal, scale, reviews, onEdit }: Props) {
  const { t, i18n } = useTranslation();
  return (
    <li className="case-card gas-goal" data-goal-id={goal.id}>
      <p className="case-card-title">
        <strong className="case-goal-text">{goal.description}</strong>
        <span className="case-tag" data-goal-status={goal.status}>
          {t(`taxonomy.goalStatuses.${goal.status}`)}
        </span>
      </p>
      {scale === undefined ? (
        <p className="case-card-note">{t('gas.goal.noScale')}</p>
      ) : (
        <>
          <p className="case-card-note case-separated">
            <span>{t('gas.goal.agreedOn', { date: formatCalendarDate(scale.agreedOn, i18n.language) })}</span>
            {scale.weight !== undefined && <span>{t('gas.goal.weight', { weight: scale.weight })}</span>}
            <span>{t('gas.goal.rated', { count: reviews })}</span>
          </p>
          <table className="chart-table gas-levels">
            <caption className="visually-hidden">{t('gas.goal.levelsCaption', { goal: goal.description })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('gas.goal.level')}</th>
                <th scope="col">{t('gas.goal.practitionerWords')}</th>
                <th scope="col">{t('gas.goal.caregiverWords')}</th>
              </tr>
            </thead>
            <tbody>
              {[...scale.levels].reverse().map((item) => (
                <tr key={item.level}>
                  <th scope="row">
                    {signedLevel(item.level)} {t(`gas.levels.${levelNameKey(item.level)}`)}
                  </th>
                  <td>{item.practitioner}</td>
                  <td>{item.caregiver ?? t('gas.goal.noCaregiverWords')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      <button type="button" onClick={onEdit}>
        {scale === undefined ? t('gas.goal.setScale') : t('gas.goal.editScale')}
      </button>
    </li>
  );
}
