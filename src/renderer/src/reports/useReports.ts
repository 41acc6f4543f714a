import { useCallback } from 'react';
import type { CourtReport } from '../../../shared/domain/report/report';
import { getApi } from '../api/client';
import { useLoaded } from '../api/useLoaded';

/** A case's court reports, as main lists them; `apply` takes a report an action returned. */
export function useReports(caseId: string) {
  const { state, reload, setState } = useLoaded(() => getApi().listReports({ caseId }), caseId);
  const apply = useCallback(
    (report: CourtReport) => {
      setState((previous) => {
        if (previous.kind !== 'loaded') return { kind: 'loaded', value: [report] };
        const known = previous.value.some((candidate) => candidate.id === report.id);
        return {
          kind: 'loaded',
          value: known
            ? previous.value.map((candidate) => (candidate.id === report.id ? report : candidate))
            : [...previous.value, report],
        };
      });
    },
    [setState],
  );
  return { state, reload, apply };
}
