/** The ecomap's source from the case screen's overview, which carries the systemic notes without their text. */
import type { CaseOverview } from '../journal/caseOverview';
import type { EcomapSource } from './input';

export function overviewEcomapSource(overview: CaseOverview): EcomapSource {
  return {
    openedAt: overview.openedAt,
    closedAt: overview.closedAt,
    parties: overview.parties,
    entries: overview.entries.map((entry) => ({
      id: entry.id,
      sessionDate: entry.sessionDate,
      relationships: entry.relationships ?? [],
      tensions: entry.tensions.map((tension) => ({
        parties: tension.parties ?? [],
        ...(tension.relationship === undefined ? {} : { relationship: tension.relationship }),
      })),
    })),
  };
}
