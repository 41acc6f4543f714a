import { useTranslation } from 'react-i18next';
import type { EntryOverview } from '../../../shared/journal/caseOverview';
import { AttendanceRowView } from '../attendance/AttendanceRowView';
import { formatSessionDate } from './dates';
import type { TimelineRow } from './timeline';
import { timelineBadges } from './timelineBadges';

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
  const badges = timelineBadges(entry);
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
      {badges.length > 0 && (
        <span className="timeline-badges">
          {badges.map((badge) => {
            switch (badge.kind) {
              case 'supervision':
                return (
                  <span key="supervision" className="badge badge-supervision">
                    {t('entries.supervision.badge')}
                  </span>
                );
              case 'rupture':
                return (
                  <span key={badge.rupture} className={`badge badge-${badge.rupture}`}>
                    {t(`taxonomy.ruptureKinds.${badge.rupture}`)}
                  </span>
                );
              case 'tensions':
                return (
                  <span key="tensions" className="badge">
                    {t('entries.timeline.tensions', { count: badge.count })}
                  </span>
                );
              case 'reportable':
                return (
                  <span key="reportable" className="badge badge-reportable">
                    {t('taxonomy.sectionVisibilities.reportable')}
                  </span>
                );
            }
          })}
        </span>
      )}
    </button>
  );
}
