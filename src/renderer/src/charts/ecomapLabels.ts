import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { EcomapChartLabels } from '../../../shared/charts';
import type { Party } from '../../../shared/domain/party';
import { lineQualities, type EcomapLine, type LineQuality } from '../../../shared/ecomap';

/** The text on a line: the sessions behind it, or how many each way when it was noted both ways. */
export function useEcomapCount(): (line: EcomapLine) => string {
  const { t } = useTranslation();
  return useMemo(
    () => (line: EcomapLine) =>
      line.quality === 'mixed'
        ? t('entries.charts.ecomap.bothWays', { strong: line.strongSessions, strained: line.strainedSessions })
        : line.sessions === 0
          ? ''
          : t('entries.charts.ecomap.sessions', { count: line.sessions }),
    [t],
  );
}

/** The ecomap's texts in the reader's language, the parties by the names the journal knows them by. */
export function useEcomapLabels(parties: readonly Pick<Party, 'id' | 'name'>[]): EcomapChartLabels {
  const { t } = useTranslation();
  const count = useEcomapCount();
  return useMemo(() => {
    const names = new Map(parties.map((party) => [party.id, party.name]));
    return {
      title: t('entries.charts.ecomap.title'),
      description: t('entries.charts.ecomap.description'),
      child: t('entries.charts.ecomap.child'),
      party: (partyId: string) => names.get(partyId) ?? partyId,
      qualities: Object.fromEntries(
        lineQualities.map((quality) => [quality, t(`entries.charts.ecomap.qualities.${quality}`)]),
      ) as Record<LineQuality, string>,
      count,
      empty: t('entries.charts.ecomap.empty'),
    };
  }, [t, parties, count]);
}
