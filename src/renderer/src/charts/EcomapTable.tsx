import { useTranslation } from 'react-i18next';
import type { Ecomap } from '../../../shared/ecomap';

/** The ecomap's lines as a table, for screen readers and for copying; then the notes on no line. */
export function EcomapTable({ map, name }: { map: Ecomap; name: (partyId: string) => string }) {
  const { t } = useTranslation();
  return (
    <div className="chart-table-scroll">
      <table className="chart-table">
        <caption>{t('entries.charts.ecomap.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('entries.charts.ecomap.person')}</th>
            <th scope="col">{t('entries.charts.ecomap.role')}</th>
            <th scope="col">{t('entries.charts.ecomap.line')}</th>
            <th scope="col">{t('entries.charts.ecomap.strong')}</th>
            <th scope="col">{t('entries.charts.ecomap.strained')}</th>
            <th scope="col">{t('entries.charts.ecomap.behind')}</th>
            <th scope="col">{t('entries.charts.ecomap.why')}</th>
          </tr>
        </thead>
        <tbody>
          {map.lines.map((line) => (
            <tr key={line.partyId}>
              <th scope="row">{name(line.partyId)}</th>
              <td>{t(`taxonomy.partyRoles.${line.role}`)}</td>
              <td>{t(`entries.charts.ecomap.qualities.${line.quality}`)}</td>
              <td>{line.strongSessions}</td>
              <td>{line.strainedSessions}</td>
              <td>{line.sessions}</td>
              <td>
                {line.noDataReason === undefined ? '' : t(`entries.charts.ecomap.noDataReasons.${line.noDataReason}`)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {map.unplaced.length > 0 && (
        <table className="chart-table">
          <caption>{t('entries.charts.ecomap.unplacedCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('entries.charts.ecomap.relationship')}</th>
              <th scope="col">{t('entries.charts.ecomap.strong')}</th>
              <th scope="col">{t('entries.charts.ecomap.strained')}</th>
              <th scope="col">{t('entries.charts.ecomap.reason')}</th>
            </tr>
          </thead>
          <tbody>
            {map.unplaced.map((notes) => (
              <tr key={`${notes.relationship}-${notes.reason}`}>
                <th scope="row">{t(`taxonomy.systemicRelationships.${notes.relationship}`)}</th>
                <td>{notes.strongSessions}</td>
                <td>{notes.strainedSessions}</td>
                <td>{t(`entries.charts.ecomap.unplacedReasons.${notes.reason}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
