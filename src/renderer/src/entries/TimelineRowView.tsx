import { useTranslation } from 'react-i18next';
import type { EntryOverview } from '../../../shared/journal/caseOverview';
import { AttendanceRowView } from '../attendance/AttendanceRowView';
import { formatSessionDate } from './dates';
import type { TimelineRow } from './timeline';

interface Props {
  row: TimelineRow<EntryOverview>;
  /** The entry's opening words; `undefined` while they are being read. */
  excerpt: string | undefined;
  onOpenEntry: (entryId: string) => void;
}

/** One row of the timeline: a phase heading, a reflection with its date, first lines and badges, or a recorded session. */
export function TimelineRowView({ row, excerpt, onOpenEntry }: Props) {
  const { t, i18n } = useTranslation();
  if (row.kind === 'phase')
    return (
      <h3 className="timeline-phase-heading">
        {t('entries.timeline.phaseHeading', { phase: t(`taxonomy.phases.${row.phase}`), count: row.count })}
      </h3>
    );
  if (row.kind === 'attendance') return <AttendanceRowView record={row.record} />;
  const { entry } = row;
  const ruptures = (['withdrawal', 'confrontation'] as const).filter((kind) =>
    entry.tensions.some((tension) => tension.rupture === kind),
  );
  const details = [
    t(`taxonomy.phases.${entry.phase}`),
    entry.modality === undefined ? undefined : t(`taxonomy.sessionModalities.${entry.modality}`),
  ].filter((part) => part !== undefined);
  return (
    <button type="button" className="timeline-entry" onClick={() => onOpenEntry(entry.id)}>
      <span className="timeline-entry-head">
        <span className="timeline-date">{formatSessionDate(entry.sessionDate, i18n.language)}</span>
        <span className="timeline-details">{details.join(t('entries.separator'))}</span>
      </span>
      <span className="timeline-excerpt">{excerpt === '' ? t('entries.timeline.noText') : excerpt}</span>
      <span className="timeline-badges">
        {entry.supervisionOf !== undefined && (
          <span className="badge badge-supervision">{t('entries.supervision.badge')}</span>
        )}
        {ruptures.map((kind) => (
          <span key={kind} className={`badge badge-${kind}`}>
            {t(`taxonomy.ruptureKinds.${kind}`)}
          </span>
        ))}
        {entry.tensions.length > 0 && (
          <span className="badge">{t('entries.timeline.tensions', { count: entry.tensions.length })}</span>
        )}
        {entry.reportable && (
          <span className="badge badge-reportable">{t('taxonomy.sectionVisibilities.reportable')}</span>
        )}
      </span>
    </button>
  );
}
