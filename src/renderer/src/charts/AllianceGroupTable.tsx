import { useTranslation } from 'react-i18next';
import { ruptures, type AllianceGroup } from '../../../shared/charts';
import { allianceElements } from '../../../shared/domain/ratings';
import { AllianceTableHead } from './AllianceTableHead';
import { TableScroll } from './TableScroll';
import { useAllianceLabels } from './chartLabels';

/** The grouped chart's numbers: one row per week or month, its sessions, medians and ruptures. */
export function AllianceGroupTable({ groups }: { groups: readonly AllianceGroup[] }) {
  const { t, i18n } = useTranslation();
  const labels = useAllianceLabels();
  const period = groups[0]?.period ?? 'month';
  const dash = t('entries.charts.notRated');
  const number = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 });
  return (
    <TableScroll label={t(`entries.charts.alliance.period.tableCaption_${period}`)}>
      <table className="chart-table">
        <caption>{t(`entries.charts.alliance.period.tableCaption_${period}`)}</caption>
        <AllianceTableHead
          leading={[
            t(`entries.charts.alliance.period.periodColumn_${period}`),
            t('entries.charts.alliance.period.sessions'),
            t('entries.fields.phase'),
          ]}
        />
        <tbody>
          {groups.map((group) => (
            <tr key={group.start}>
              <th scope="row">{labels.periods?.formatPeriod(group.period, group.start) ?? group.start}</th>
              <td>{group.sessions}</td>
              <td>{t(`taxonomy.phases.${group.phase}`)}</td>
              {allianceElements.map((element) => (
                <td key={`p-${element}`}>
                  {group.practitioner === undefined ? dash : number.format(group.practitioner[element])}
                </td>
              ))}
              {allianceElements.map((element) => (
                <td key={`c-${element}`}>
                  {group.caregiver === undefined ? dash : number.format(group.caregiver[element])}
                </td>
              ))}
              <td>
                {ruptures
                  .filter((kind) => group.ruptures[kind] > 0)
                  .map((kind) =>
                    t('entries.charts.alliance.period.ruptureCount', {
                      kind: t(`taxonomy.ruptureKinds.${kind}`),
                      count: group.ruptures[kind],
                    }),
                  )
                  .join(', ')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
