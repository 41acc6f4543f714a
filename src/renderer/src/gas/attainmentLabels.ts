import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { AttainmentChartLabels } from '../../../shared/charts';
import { formatSessionDate } from '../entries/dates';

/** A T-score with one decimal, as the reader writes numbers ("52.3", "52,3"). */
export function formatScore(score: number, language: string): string {
  return new Intl.NumberFormat(language, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(score);
}

/** The T-score chart's texts in the reader's language. */
export function useAttainmentLabels(): AttainmentChartLabels {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  return useMemo(
    () => ({
      title: t('gas.chart.title'),
      description: t('gas.chart.description'),
      score: t('gas.chart.score'),
      scoreAxis: t('gas.chart.scoreAxis'),
      dateAxis: t('gas.chart.dateAxis'),
      expected: t('gas.chart.expected'),
      empty: t('gas.chart.none'),
      formatDate: (date: string) => formatSessionDate(date, language),
      formatScore: (score: number) => formatScore(score, language),
    }),
    [t, language],
  );
}
