import { useTranslation } from 'react-i18next';
import type { AppErrorShape } from '../../../shared/ipc/result';
import { useContractMutation } from '../api/useContractMutation';
import { ErrorMessage } from './ErrorMessage';

/**
 * A typed error, and when it is a damaged file, the way out: restore the newest valid backup.
 * The damaged file is kept aside, never deleted. A restore makes every journal read stale, so
 * whatever failed to read is read again.
 */
export function DamagedFileNotice({ error, onRestored }: { error: AppErrorShape; onRestored?: () => void }) {
  const { t } = useTranslation();
  const restoring = useContractMutation('restoreBackup', { onSuccess: () => onRestored?.() });
  const failure = restoring.error?.shape;
  const file = error.file;
  const canRestore = (error.code === 'integrity' || error.code === 'missing-file') && file !== undefined;

  function restore(): void {
    if (file !== undefined) restoring.mutate({ file });
  }

  return (
    <div className="damaged-file">
      <ErrorMessage error={failure ?? error} />
      {canRestore && failure === undefined && (
        <>
          <p>{t('damaged.explain')}</p>
          <button type="button" className="primary" disabled={restoring.isPending} onClick={restore}>
            {t('damaged.restore')}
          </button>
        </>
      )}
    </div>
  );
}
