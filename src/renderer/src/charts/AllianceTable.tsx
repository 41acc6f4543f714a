import { useTranslation } from 'react-i18next';
import type { AlliancePoint } from '../../../shared/charts';
import { allianceElements } from '../../../shared/domain/ratings';
import { AllianceTableHead } from './AllianceTableHead';
import { TableScroll } from './TableScroll';
import { formatSessionDate } from '../entries/dates';

/** The alliance chart's numbers: one row per session with a rating or a rupture. */
export function AllianceTable({ points }: { points: readonly AlliancePoint[] }) {
  const { t, i18n } = useTranslation();
  const rows = points.filter(
    (point) => point.practitioner !== undefined || point.caregiver !== undefined || point.ruptures.length > 0,
  );
  if (rows.length === 0) return <p className="help">{t('entries.charts.alliance.empty')}</p>;
  const dash = t('entries.charts.notRated');
  return (
    <TableScroll label={t('entries.charts.alliance.tableCaption')}>
      <table className="chart-table">
        <caption>{t('entries.charts.alliance.tableCaption')}</caption>
        <AllianceTableHead leading={[t('entries.charts.date'), t('entries.fields.phase')]} />
        <tbody>
          {rows.map((point) => (
            <tr key={point.entryId}>
              <th scope="row">{formatSessionDate(point.sessionDate, i18n.language)}</th>
              <td>{t(`taxonomy.phases.${point.phase}`)}</td>
              {allianceElements.map((element) => (
                <td key={`p-${element}`}>{point.practitioner?.[element] ?? dash}</td>
              ))}
              {allianceElements.map((element) => (
                <td key={`c-${element}`}>{point.caregiver?.[element] ?? dash}</td>
              ))}
              <td>{point.ruptures.map((kind) => t(`taxonomy.ruptureKinds.${kind}`)).join(', ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
