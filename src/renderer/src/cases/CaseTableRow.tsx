import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseRow } from './caseTable';
import { AllianceTrendMark } from './AllianceTrendMark';
import { formatCalendarDate } from './dates';

interface Props {
  row: CaseRow;
  showStatus: boolean;
  onOpen: (caseId: string) => void;
}

/** One case in the full-width table; its alias opens the case. The trend is said in a word beside the arrow. */
export const CaseTableRow = memo(function CaseTableRow({ row, showStatus, onOpen }: Props) {
  const { t, i18n } = useTranslation();
  const { summary, trend } = row;
  return (
    <tr>
      <th scope="row">
        <button type="button" className="link-button case-table-alias" onClick={() => onOpen(summary.id)}>
          {summary.alias}
        </button>
      </th>
      <td>{t(`taxonomy.phases.${summary.phase}`)}</td>
      <td>
        {summary.lastSessionDate === undefined
          ? t('cases.list.noSessions')
          : formatCalendarDate(summary.lastSessionDate, i18n.language)}
      </td>
      <td className="case-table-number">{row.recentSessions}</td>
      <td>
        {trend === undefined ? (
          <span className="help">{t('cases.table.noTrend')}</span>
        ) : (
          <span className="case-table-trend" data-trend={trend}>
            <AllianceTrendMark trend={trend} />
            <span aria-hidden="true">{t(`cases.table.trend.${trend}`)}</span>
          </span>
        )}
      </td>
      {showStatus && <td>{t(`taxonomy.caseStatuses.${summary.status}`)}</td>}
    </tr>
  );
});
