import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorShape } from '../../../shared/ipc/result';
import { getApi } from '../api/client';
import { ErrorMessage } from './ErrorMessage';

/**
 * A typed error, and when it is a damaged file, the way out: restore the newest valid backup.
 * The damaged file is kept aside, never deleted.
 */
export function DamagedFileNotice({ error, onRestored }: { error: AppErrorShape; onRestored: () => void }) {
  const { t } = useTranslation();
  const [restoring, setRestoring] = useState(false);
  const [failure, setFailure] = useState<AppErrorShape | undefined>();
  const file = error.file;
  const canRestore = (error.code === 'integrity' || error.code === 'missing-file') && file !== undefined;

  async function restore(): Promise<void> {
    if (file === undefined) return;
    setRestoring(true);
    const result = await getApi().restoreBackup({ file });
    setRestoring(false);
    if (result.ok) onRestored();
    else setFailure(result.error);
  }

  return (
    <div className="damaged-file">
      <ErrorMessage error={failure ?? error} />
      {canRestore && failure === undefined && (
        <>
          <p>{t('damaged.explain')}</p>
          <button type="button" className="primary" disabled={restoring} onClick={() => void restore()}>
            {t('damaged.restore')}
          </button>
        </>
      )}
    </div>
  );
}
