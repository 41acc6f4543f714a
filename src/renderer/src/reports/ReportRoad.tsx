import { useTranslation } from 'react-i18next';
import { nextStepOf } from '../../../shared/domain/report/hearingAgenda';
import type { CourtReport } from '../../../shared/domain/report/report';
import { reportRoad } from '../../../shared/domain/report/reportRoad';
import { todayDate } from '../cases/dates';
import { nextStepWords } from './nextStepWords';
import { usePublicHolidays } from './usePublicHolidays';

/** Marks that are symbols, not words: a tick for a stage done, a dash for one skipped; else its number. */
const stageMarks: Partial<Record<string, string>> = { done: '\u2713', skipped: '\u2013' };

/**
 * Where this report is on its road (draft → shared → comments → revised → final → submitted) and
 * what comes next, in the words Home's list of hearings uses for it.
 */
export function ReportRoad({ report }: { report: CourtReport }) {
  const { t, i18n } = useTranslation();
  const holidays = usePublicHolidays();
  const road = reportRoad(report);
  const current = road.find((each) => each.state === 'current')?.stage ?? 'draft';
  const next = nextStepOf(report, todayDate(), holidays);
  return (
    <div className="reports-road" data-testid="report-road">
      <ol className="reports-road-stages" aria-label={t('reports.road.label')}>
        {road.map(({ stage, state }, index) => (
          <li key={stage} data-state={state} aria-current={state === 'current' ? 'step' : undefined}>
            <span className="reports-road-mark" aria-hidden="true">
              {stageMarks[state] ?? index + 1}
            </span>
            <span className="reports-road-name">{t(`reports.road.stages.${stage}`)}</span>
            <span className="visually-hidden"> ({t(`reports.road.states.${state}`)})</span>
          </li>
        ))}
      </ol>
      <p className="reports-road-next" data-testid="report-next-step">
        <strong>{t('reports.road.next')}</strong> {t(`reports.road.todo.${current}`)}
        {next !== undefined && <> {nextStepWords(next, t, i18n.language)}</>}
      </p>
    </div>
  );
}
