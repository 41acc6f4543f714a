import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { AllianceChartLabels, TensionMapLabels } from '../../../shared/charts';
import { phases, type Phase } from '../../../shared/domain/taxonomy';
import { formatSessionDate } from '../entries/dates';

/** The month of a date (`YYYY-MM-DD`): "March 2025" / "marzo de 2025", or "Mar 2025" under an axis. */
function formatMonth(date: string, language: string, month: 'long' | 'short'): string {
  const time = Date.parse(`${date}T00:00:00Z`);
  if (Number.isNaN(time)) return date;
  return new Intl.DateTimeFormat(language, { month, year: 'numeric', timeZone: 'UTC' }).format(time);
}

function usePhaseLabels(): Record<Phase, string> {
  const { t } = useTranslation();
  // `t` is a new function when the language changes.
  return useMemo(
    () => Object.fromEntries(phases.map((phase) => [phase, t(`taxonomy.phases.${phase}`)])) as Record<Phase, string>,
    [t],
  );
}

/** The alliance chart's texts in the reader's language. */
export function useAllianceLabels(): AllianceChartLabels {
  const { t, i18n } = useTranslation();
  const phaseLabels = usePhaseLabels();
  const language = i18n.language;
  return useMemo(
    () => ({
      title: t('entries.charts.alliance.title'),
      description: t('entries.charts.alliance.description'),
      elements: {
        bond: t('entries.ratings.elements.bond'),
        goals: t('entries.ratings.elements.goals'),
        tasks: t('entries.ratings.elements.tasks'),
      },
      practitioner: t('entries.charts.alliance.practitioner'),
      caregiver: t('entries.charts.alliance.caregiver'),
      ratingAxis: t('entries.charts.alliance.ratingAxis'),
      dateAxis: t('entries.charts.alliance.dateAxis'),
      rupturesLane: t('entries.charts.alliance.rupturesLane'),
      phases: phaseLabels,
      ruptures: {
        withdrawal: t('taxonomy.ruptureKinds.withdrawal'),
        confrontation: t('taxonomy.ruptureKinds.confrontation'),
      },
      empty: t('entries.charts.alliance.empty'),
      formatDate: (date: string) => formatSessionDate(date, language),
      periods: {
        axis: {
          week: t('entries.charts.alliance.period.weekAxis'),
          month: t('entries.charts.alliance.period.monthAxis'),
        },
        formatPeriod: (period, start) =>
          period === 'week'
            ? t('entries.charts.alliance.period.weekOf', { date: formatSessionDate(start, language) })
            : formatMonth(start, language, 'long'),
        formatTick: (period, date) =>
          period === 'week' ? formatSessionDate(date, language) : formatMonth(date, language, 'short'),
      },
    }),
    [t, language, phaseLabels],
  );
}

/** The tension map's texts in the reader's language. */
export function useTensionMapLabels(): TensionMapLabels {
  const { t } = useTranslation();
  const phaseLabels = usePhaseLabels();
  return useMemo(
    () => ({
      title: t('entries.charts.tensions.title'),
      description: t('entries.charts.tensions.description'),
      tension: t('entries.charts.tensions.tension'),
      total: t('entries.charts.tensions.total'),
      phases: phaseLabels,
      tensionType: (type) => t(`taxonomy.tensionTypes.${type}`),
      empty: t('entries.charts.tensions.empty'),
    }),
    [t, phaseLabels],
  );
}
