import { useTranslation } from 'react-i18next';
import type { TensionCounts } from '../../../shared/charts';
import { phases } from '../../../shared/domain/taxonomy';

/** The tension map's counts as a table, for screen readers and for copying. */
export function TensionTable({ counts }: { counts: TensionCounts }) {
  const { t } = useTranslation();
  return (
    <div className="chart-table-scroll">
      <table className="chart-table">
        <caption>{t('entries.charts.tensions.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('entries.charts.tensions.tension')}</th>
            {phases.map((phase) => (
              <th scope="col" key={phase}>
                {t(`taxonomy.phases.${phase}`)}
              </th>
            ))}
            <th scope="col">{t('entries.charts.tensions.total')}</th>
            <th scope="col">{t('entries.charts.tensions.ruptures')}</th>
          </tr>
        </thead>
        <tbody>
          {counts.rows.map((row) => (
            <tr key={row.type}>
              <th scope="row">{t(`taxonomy.tensionTypes.${row.type}`)}</th>
              {phases.map((phase) => (
                <td key={phase}>{row.counts[phase]}</td>
              ))}
              <td>{row.total}</td>
              <td>{row.ruptures}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('entries.charts.tensions.total')}</th>
            {phases.map((phase) => (
              <td key={phase}>{counts.totals[phase]}</td>
            ))}
            <td>{counts.total}</td>
            <td>{counts.rows.reduce((sum, row) => sum + row.ruptures, 0)}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
