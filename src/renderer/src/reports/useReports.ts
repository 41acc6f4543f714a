import { useCallback, useEffect, useState } from 'react';
import type { CourtReport } from '../../../shared/domain/report/report';
import type { AppErrorShape } from '../../../shared/ipc/result';
import { getApi } from '../api/client';

export type ReportsState =
  { kind: 'loading' } | { kind: 'loaded'; reports: CourtReport[] } | { kind: 'failed'; error: AppErrorShape };

/** A case's court reports, oldest first, as main keeps them; `apply` takes a report an action returned. */
export function useReports(caseId: string) {
  const [state, setState] = useState<ReportsState>({ kind: 'loading' });
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    let wanted = true;
    void getApi()
      .listReports({ caseId })
      .then((result) => {
        if (!wanted) return;
        setState(result.ok ? { kind: 'loaded', reports: result.value } : { kind: 'failed', error: result.error });
      });
    return () => {
      wanted = false;
    };
  }, [caseId, generation]);
  const reload = useCallback(() => setGeneration((value) => value + 1), []);
  const apply = useCallback((report: CourtReport) => {
    setState((previous) => {
      if (previous.kind !== 'loaded') return { kind: 'loaded', reports: [report] };
      const known = previous.reports.some((candidate) => candidate.id === report.id);
      return {
        kind: 'loaded',
        reports: known
          ? previous.reports.map((candidate) => (candidate.id === report.id ? report : candidate))
          : [...previous.reports, report],
      };
    });
  }, []);
  return { state, reload, apply };
}
