import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { allianceChart, allianceTimeline, type ChartSource } from '../../../shared/charts';
import { AllianceTable } from './AllianceTable';
import { useAllianceLabels } from './chartLabels';
import { SvgView } from './SvgView';
import './charts.css';

/** Bond, goals and tasks over the case's sessions, from both sides, with the same data as a table. */
export function AllianceChart({ journalCase }: { journalCase: ChartSource }) {
  const { t } = useTranslation();
  const labels = useAllianceLabels();
  const idPrefix = `alliance-${useId().replace(/[^A-Za-z0-9_-]/g, '')}`;
  const [tableOpen, setTableOpen] = useState(false);
  const points = useMemo(() => allianceTimeline(journalCase), [journalCase]);
  const tree = useMemo(() => allianceChart(journalCase, labels, { idPrefix }), [journalCase, labels, idPrefix]);
  const rated = points.filter((point) => point.practitioner !== undefined || point.caregiver !== undefined);
  return (
    <figure className="chart" data-testid="alliance-chart">
      <figcaption className="chart-caption">{t('entries.charts.alliance.caption', { count: rated.length })}</figcaption>
      <div className="chart-frame">
        <SvgView element={tree} />
      </div>
      <details className="chart-data" onToggle={(event) => setTableOpen(event.currentTarget.open)}>
        <summary>{t('entries.charts.showTable')}</summary>
        {tableOpen && <AllianceTable points={points} />}
      </details>
    </figure>
  );
}
