import { getApi } from '../api/client';
import { useLoaded } from '../api/useLoaded';

/** A case's export log, newest first, as main keeps it in the vault. */
export function useExportLog(caseId: string) {
  return useLoaded(() => getApi().listExports({ caseId }), caseId);
}
