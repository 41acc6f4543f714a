import { useTranslation } from 'react-i18next';
import type { Goal } from '../../../shared/domain/goal';
import { signedLevel } from '../../../shared/gas';
import type { GoalAttainment } from '../../../shared/journal/allianceRequests';
import { formatSessionDate } from '../entries/dates';
import { formatScore } from './attainmentLabels';

interface Props {
  attainment: GoalAttainment;
  /** The scaled goals, in the order of the scales: one column each. */
  goals: readonly Goal[];
}

/** The chart's numbers: per review its date, the T-score and the level each goal was rated at. */
export function AttainmentTable({ attainment, goals }: Props) {
  const { t, i18n } = useTranslation();
  const dash = t('gas.chart.notRated');
  return (
    <div className="chart-table-scroll">
      <table className="chart-table" data-testid="attainment-table">
        <caption>{t('gas.chart.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('gas.chart.date')}</th>
            <th scope="col">{t('gas.chart.score')}</th>
            {goals.map((goal) => (
              <th scope="col" key={goal.id}>
                {goal.description}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {attainment.reviews.map((review) => (
            <tr key={review.reviewId}>
              <th scope="row">{formatSessionDate(review.reviewedOn, i18n.language)}</th>
              <td>{review.tScore === undefined ? dash : formatScore(review.tScore, i18n.language)}</td>
              {goals.map((goal) => {
                const rated = review.goals.find((each) => each.goalId === goal.id);
                return <td key={goal.id}>{rated === undefined ? dash : signedLevel(rated.level)}</td>;
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
