import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { attainmentChart } from '../../../shared/charts';
import type { Goal } from '../../../shared/domain/goal';
import { useContractQuery } from '../api/useContractQuery';
import { SvgView } from '../charts/SvgView';
import { ErrorMessage } from '../components/ErrorMessage';
import { AttainmentTable } from './AttainmentTable';
import { useAttainmentLabels } from './attainmentLabels';
import '../charts/charts.css';

/** The T-score at each review, computed by main from the case's scales and reviews, with its table. */
export function AttainmentChart({ caseId, goals }: { caseId: string; goals: readonly Goal[] }) {
  const { t, i18n } = useTranslation();
  const labels = useAttainmentLabels();
  const idPrefix = `attainment-${useId().replace(/[^A-Za-z0-9_-]/g, '')}`;
  const attainment = useContractQuery('getGoalAttainment', { caseId });
  const reviews = attainment.data?.reviews;
  const tree = useMemo(
    () => (reviews === undefined ? undefined : attainmentChart(reviews, labels, { idPrefix })),
    [reviews, labels, idPrefix],
  );
  if (attainment.error) return <ErrorMessage error={attainment.error.shape} />;
  if (attainment.data === undefined || tree === undefined) return null;
  if (attainment.data.reviews.length === 0) return <p className="help">{t('gas.chart.none')}</p>;
  const correlation = new Intl.NumberFormat(i18n.language).format(attainment.data.correlation);
  return (
    <figure className="chart" data-testid="attainment-chart">
      <figcaption className="chart-caption">
        {t('gas.chart.caption', { count: attainment.data.reviews.length, correlation })}
      </figcaption>
      <div className="chart-frame">
        <SvgView element={tree} />
      </div>
      <details className="chart-data">
        <summary>{t('gas.chart.showTable')}</summary>
        <AttainmentTable attainment={attainment.data} goals={goals} />
      </details>
    </figure>
  );
}
