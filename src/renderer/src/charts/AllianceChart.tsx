import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  allianceChart,
  alliancePeriods,
  allianceTimeline,
  groupAlliance,
  mostPointsShown,
  suggestedPeriod,
  type AlliancePeriod,
  type ChartSource,
} from '../../../shared/charts';
import { AllianceGroupTable } from './AllianceGroupTable';
import { AllianceTable } from './AllianceTable';
import { useAllianceLabels } from './chartLabels';
import { SvgView } from './SvgView';
import './charts.css';

/**
 * Bond, goals and tasks over the case's sessions, from both sides, with the same data as a table.
 * Past sixty sessions it opens on the median of each week or month; the practitioner can choose
 * the period and the dates it covers.
 */
export function AllianceChart({ journalCase }: { journalCase: ChartSource }) {
  const { t } = useTranslation();
  const labels = useAllianceLabels();
  const id = useId();
  const idPrefix = `alliance-${id.replace(/[^A-Za-z0-9_-]/g, '')}`;
  const [tableOpen, setTableOpen] = useState(false);
  const [chosen, setChosen] = useState<AlliancePeriod | undefined>();
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const source = useMemo(
    () => ({
      entries: journalCase.entries.filter(
        (entry) => (from === '' || entry.sessionDate >= from) && (to === '' || entry.sessionDate <= to),
      ),
    }),
    [journalCase, from, to],
  );
  const points = useMemo(() => allianceTimeline(source), [source]);
  const period = chosen ?? suggestedPeriod(allianceTimeline(journalCase));
  const grouping = period === 'session' ? undefined : period;
  const groups = useMemo(
    () => (grouping === undefined ? undefined : groupAlliance(points, grouping)),
    [points, grouping],
  );
  const tree = useMemo(() => allianceChart(source, labels, { idPrefix, period }), [source, labels, idPrefix, period]);
  const rated = points.filter((point) => point.practitioner !== undefined || point.caregiver !== undefined);
  const filtered = from !== '' || to !== '';
  return (
    <figure className="chart" data-testid="alliance-chart">
      <figcaption className="chart-caption">
        {t('entries.charts.alliance.caption', { count: rated.length })}
        {grouping !== undefined &&
          groups !== undefined &&
          ` ${t(`entries.charts.alliance.period.grouped_${grouping}`, { count: groups.length })}`}
      </figcaption>
      <div className="chart-controls">
        <label className="chart-control">
          <span>{t('entries.charts.alliance.period.label')}</span>
          <select
            className="text-input"
            value={period}
            onChange={(event) => setChosen(event.target.value as AlliancePeriod)}
          >
            {alliancePeriods.map((option) => (
              <option key={option} value={option}>
                {t(`entries.charts.alliance.period.${option}`)}
              </option>
            ))}
          </select>
        </label>
        <DateLimit
          label={t('entries.charts.alliance.period.from')}
          value={from}
          limits={{ max: to }}
          describedBy={`${id}-range`}
          onChange={setFrom}
        />
        <DateLimit
          label={t('entries.charts.alliance.period.to')}
          value={to}
          limits={{ min: from }}
          describedBy={`${id}-range`}
          onChange={setTo}
        />
      </div>
      <p className="help" id={`${id}-range`}>
        {t('entries.charts.alliance.period.rangeHelp')}
        {chosen === undefined &&
          grouping !== undefined &&
          ` ${t('entries.charts.alliance.period.suggested', { count: mostPointsShown })}`}
      </p>
      {filtered && points.length === 0 ? (
        <p className="help" role="status">
          {t('entries.charts.alliance.period.noneInRange')}
        </p>
      ) : (
        <div className="chart-frame">
          <SvgView element={tree} />
        </div>
      )}
      <details className="chart-data" onToggle={(event) => setTableOpen(event.currentTarget.open)}>
        <summary>{t('entries.charts.showTable')}</summary>
        {tableOpen &&
          (groups === undefined ? <AllianceTable points={points} /> : <AllianceGroupTable groups={groups} />)}
      </details>
    </figure>
  );
}

interface DateLimitProps {
  label: string;
  /** `YYYY-MM-DD`, or empty for no limit. */
  value: string;
  /** The other end of the range, empty when it is open. */
  limits: { min?: string; max?: string };
  describedBy: string;
  onChange: (value: string) => void;
}

/** One end of the chart's date range. */
function DateLimit({ label, value, limits, describedBy, onChange }: DateLimitProps) {
  return (
    <label className="chart-control">
      <span>{label}</span>
      <input
        className="text-input"
        type="date"
        value={value}
        min={limits.min === '' ? undefined : limits.min}
        max={limits.max === '' ? undefined : limits.max}
        aria-describedby={describedBy}
        onChange={(event) => onChange(event.target.value)}
      />
    </label>
  );
}
