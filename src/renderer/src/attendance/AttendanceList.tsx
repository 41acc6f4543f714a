import { useTranslation } from 'react-i18next';
import type { AttendanceRecord } from '../../../shared/domain/attendance';
import { formatCalendarDate } from '../cases/dates';
import { attendanceMarks } from './attendanceMarks';

interface Props {
  records: readonly AttendanceRecord[];
  onEdit: (record: AttendanceRecord) => void;
}

/** The sessions recorded as missed, cancelled, moved or held without a reflection, newest first. */
export function AttendanceList({ records, onEdit }: Props) {
  const { t, i18n } = useTranslation();
  if (records.length === 0) return <p className="cases-note">{t('cases.attendance.none')}</p>;
  const newestFirst = [...records].sort((a, b) => b.plannedOn.localeCompare(a.plannedOn));
  return (
    <ul className="attendance-list">
      {newestFirst.map((record) => (
        <li key={record.id}>
          <span aria-hidden="true" className="attendance-mark">
            {attendanceMarks[record.status]}
          </span>{' '}
          <strong>{formatCalendarDate(record.plannedOn, i18n.language)}</strong>
          {': '}
          {t(`taxonomy.attendanceStatuses.${record.status}`)}
          {record.movedTo !== undefined &&
            ` ${t('cases.attendance.movedToDate', { date: formatCalendarDate(record.movedTo, i18n.language) })}`}
          {record.note !== undefined && (
            <>
              {' — '}
              {record.note} <span className="badge">{t(`taxonomy.sectionVisibilities.${record.noteVisibility}`)}</span>
            </>
          )}{' '}
          <button
            type="button"
            className="link-button"
            aria-label={t('cases.attendance.editOne', {
              date: formatCalendarDate(record.plannedOn, i18n.language),
            })}
            onClick={() => onEdit(record)}
          >
            {t('cases.attendance.edit')}
          </button>
        </li>
      ))}
    </ul>
  );
}
