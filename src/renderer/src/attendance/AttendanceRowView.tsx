import { useTranslation } from 'react-i18next';
import type { AttendanceRecord } from '../../../shared/domain/attendance';
import { formatSessionDate } from '../entries/dates';
import { attendanceMarks } from './attendanceMarks';

/**
 * A recorded session in the timeline: its mark and its status in words, so a missed session
 * stands out by shape and text, not colour. Its note is private unless shared, and the timeline
 * is the practitioner's own: the note shows here as in the record list.
 */
export function AttendanceRowView({ record }: { record: AttendanceRecord }) {
  const { t, i18n } = useTranslation();
  return (
    <div className={`timeline-attendance timeline-attendance-${record.status}`}>
      <span className="timeline-entry-head">
        <span className="timeline-date">{formatSessionDate(record.plannedOn, i18n.language)}</span>
        <span className="timeline-details">
          <span aria-hidden="true" className="attendance-mark">
            {attendanceMarks[record.status]}
          </span>{' '}
          {t(`taxonomy.attendanceStatuses.${record.status}`)}
          {record.movedTo !== undefined &&
            ` ${t('cases.attendance.movedToDate', { date: formatSessionDate(record.movedTo, i18n.language) })}`}
        </span>
      </span>
      {record.note !== undefined && <span className="timeline-excerpt">{record.note}</span>}
    </div>
  );
}
