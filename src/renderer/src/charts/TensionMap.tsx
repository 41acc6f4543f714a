import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { tensionCounts, tensionMap, type ChartSource } from '../../../shared/charts';
import { useTensionMapLabels } from './chartLabels';
import { SvgView } from './SvgView';
import { TensionTable } from './TensionTable';
import './charts.css';

/** Which tensions came up in which phase of the case, as a map and as a table. */
export function TensionMap({ journalCase }: { journalCase: ChartSource }) {
  const { t } = useTranslation();
  const labels = useTensionMapLabels();
  const idPrefix = `tensions-${useId().replace(/[^A-Za-z0-9_-]/g, '')}`;
  const counts = useMemo(() => tensionCounts(journalCase), [journalCase]);
  const tree = useMemo(() => tensionMap(journalCase, labels, { idPrefix }), [journalCase, labels, idPrefix]);
  return (
    <figure className="chart" data-testid="tension-map">
      <figcaption className="chart-caption">{t('entries.charts.tensions.caption', { count: counts.total })}</figcaption>
      <div className="chart-frame">
        <SvgView element={tree} />
      </div>
      {counts.rows.length > 0 && (
        <details className="chart-data">
          <summary>{t('entries.charts.showTable')}</summary>
          <TensionTable counts={counts} />
        </details>
      )}
    </figure>
  );
}
