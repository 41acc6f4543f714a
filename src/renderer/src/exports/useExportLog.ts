import { useCallback, useEffect, useState } from 'react';
import type { ExportRecord } from '../../../shared/exports/exportLog';
import type { AppErrorShape } from '../../../shared/ipc/result';
import { getApi } from '../api/client';

export type ExportLogState =
  { kind: 'loading' } | { kind: 'loaded'; records: ExportRecord[] } | { kind: 'failed'; error: AppErrorShape };

/** A case's export log, newest first, as main keeps it in the vault. */
export function useExportLog(caseId: string) {
  const [state, setState] = useState<ExportLogState>({ kind: 'loading' });
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    let wanted = true;
    void getApi()
      .listExports({ caseId })
      .then((result) => {
        if (!wanted) return;
        setState(result.ok ? { kind: 'loaded', records: result.value } : { kind: 'failed', error: result.error });
      });
    return () => {
      wanted = false;
    };
  }, [caseId, generation]);
  const reload = useCallback(() => setGeneration((value) => value + 1), []);
  return { state, reload };
}
