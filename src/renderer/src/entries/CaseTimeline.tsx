import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { phaseOn } from '../../../shared/journal/attendanceCounts';
import type { CaseOverview } from '../../../shared/journal/caseOverview';
import { CaseDrafts } from './CaseDrafts';
import { formatCount } from './numbers';
import { isFiltered, timelineRows, type TimelineFilters as Filters, type TimelineRow } from './timeline';
import { timelineBadges, timelineRowHeights } from './timelineBadges';
import { TimelineFilters } from './TimelineFilters';
import { TimelineRowView } from './TimelineRowView';
import { useEntryExcerpts } from './useEntryExcerpts';
import { useWindowedRows } from './useWindowedRows';
import { rowOffsets } from './windowing';
import './entries.css';

interface Props {
  journalCase: CaseOverview;
  onOpenEntry: (entryId: string) => void;
}

/**
 * The case's reflections, newest first and grouped by phase, with filters. Only the rows near
 * the visible part are in the page, so two thousand entries scroll as smoothly as twenty.
 */
/** A reflection without badges leaves out their line instead of keeping it empty. */
function rowHeight(row: TimelineRow<CaseOverview['entries'][number]>): number {
  if (row.kind !== 'entry') return timelineRowHeights[row.kind];
  return timelineBadges(row.entry).length > 0 ? timelineRowHeights.entry : timelineRowHeights.entryWithoutBadges;
}

export function CaseTimeline({ journalCase, onOpenEntry }: Props) {
  const { t, i18n } = useTranslation();
  const titleId = useId();
  const [filters, setFilters] = useState<Filters>({});
  const { attendance, phaseHistory, phase } = journalCase;
  const rows = useMemo(
    () =>
      timelineRows(journalCase.entries, filters, {
        records: attendance ?? [],
        phaseOn: (date) => phaseOn(phaseHistory, phase, date),
      }),
    [journalCase.entries, filters, attendance, phaseHistory, phase],
  );
  const heights = useMemo(() => rows.map(rowHeight), [rows]);
  const offsets = useMemo(() => rowOffsets(heights), [heights]);
  const { viewport, range, onScroll } = useWindowedRows(offsets);
  const inView = rows.slice(range.start, range.end);
  const excerpts = useEntryExcerpts(
    journalCase.id,
    journalCase.entries,
    inView.flatMap((row) => (row.kind === 'entry' ? [row.entry.id] : [])),
  );
  const shown = rows.filter((row) => row.kind === 'entry').length;
  const total = journalCase.entries.length;

  return (
    <section className="timeline" aria-labelledby={titleId}>
      <h2 id={titleId} className="timeline-title">
        {t('entries.timeline.title')}
      </h2>
      <CaseDrafts journalCase={journalCase} />
      {total > 0 && (
        <div className="filters" role="group" aria-label={t('entries.filters.label')}>
          <TimelineFilters filters={filters} onChange={setFilters} />
          {isFiltered(filters) && (
            <button type="button" className="link-button" onClick={() => setFilters({})}>
              {t('entries.filters.clear')}
            </button>
          )}
        </div>
      )}
      <p className="timeline-count" role="status">
        {total === 0
          ? t('entries.timeline.empty')
          : isFiltered(filters)
            ? t('entries.timeline.countFiltered', {
                shown: formatCount(shown, i18n.language),
                count: total,
                number: formatCount(total, i18n.language),
              })
            : t('entries.timeline.count', { count: total, number: formatCount(total, i18n.language) })}
      </p>
      {rows.length > 0 && (
        <div className="timeline-viewport" ref={viewport} onScroll={onScroll} data-testid="timeline">
          <ul
            className="timeline-list"
            aria-label={t('entries.timeline.title')}
            style={{ height: offsets.at(-1) ?? 0 }}
          >
            {/* The first rows wait for their words, so the list never opens on blank rows. */}
            {excerpts !== undefined &&
              inView.map((row, index) => {
                const position = range.start + index;
                return (
                  <li
                    key={row.key}
                    className={`timeline-row timeline-row-${row.kind}`}
                    aria-setsize={rows.length}
                    aria-posinset={position + 1}
                    style={{ top: offsets[position] ?? 0, height: heights[position] }}
                  >
                    <TimelineRowView
                      row={row}
                      excerpt={row.kind === 'entry' ? excerpts.get(row.entry.id) : undefined}
                      onOpenEntry={onOpenEntry}
                    />
                  </li>
                );
              })}
          </ul>
        </div>
      )}
    </section>
  );
}
