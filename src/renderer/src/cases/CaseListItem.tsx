import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseSummary } from '../../../shared/journal/caseSummary';
import { allianceTrend } from './allianceTrend';
import { AllianceTrendMark } from './AllianceTrendMark';
import { formatCalendarDate } from './dates';
import { attendanceInLastDays } from './sessionActivity';

interface Props {
  summary: CaseSummary;
  today: string;
  current: 'page' | 'true' | undefined;
  /** Whether to name the status (when the list mixes open, closed and archived cases). */
  showStatus: boolean;
  onOpen: (caseId: string) => void;
}

/** One case in the sidebar: alias, phase, last session, sessions held of those planned lately, and the alliance trend. */
export const CaseListItem = memo(function CaseListItem({ summary, today, current, showStatus, onOpen }: Props) {
  const { t, i18n } = useTranslation();
  const trend = allianceTrend(summary.recentAllianceScores);
  const attendance = attendanceInLastDays(summary, today);
  return (
    <li className="case-item">
      <button type="button" className="case-item-button" aria-current={current} onClick={() => onOpen(summary.id)}>
        <span className="case-item-top">
          <span className="case-item-alias">{summary.alias}</span>
          {trend !== undefined && <AllianceTrendMark trend={trend} />}
        </span>
        <span className="case-item-line case-separated">
          <span>{t(`taxonomy.phases.${summary.phase}`)}</span>
          {showStatus && <span>{t(`taxonomy.caseStatuses.${summary.status}`)}</span>}
        </span>
        <span className="case-item-line">
          {summary.lastSessionDate === undefined
            ? t('cases.list.noSessions')
            : t('cases.list.lastSession', { date: formatCalendarDate(summary.lastSessionDate, i18n.language) })}
        </span>
        {attendance !== undefined && (
          <span className="case-item-line">
            {t('cases.list.recentAttendance', { held: attendance.held, count: attendance.planned })}
          </span>
        )}
      </button>
    </li>
  );
});
