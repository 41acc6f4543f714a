import { useTranslation } from 'react-i18next';
import type { RestoreArchiveResponse } from '../../../shared/journal/careRequests';
import { getApi } from '../api/client';
import { ErrorMessage } from '../components/ErrorMessage';
import { useSubmit } from './useSubmit';

/** On a computer without a journal: bring one back from a backup instead of starting anew. */
export function RestoreArchive({ onRestored }: { onRestored: (files: number) => void }) {
  const { t } = useTranslation();
  const restore = useSubmit((result: RestoreArchiveResponse) => {
    if (result.done) onRestored(result.files);
  });
  return (
    <div className="subsection" data-testid="restore-archive">
      <h2>{t('vault.create.restoreTitle')}</h2>
      <p className="help">{t('vault.create.restoreHelp')}</p>
      <button
        type="button"
        disabled={restore.busy}
        onClick={() => void restore.submit(() => getApi().restoreArchive())}
      >
        {t('vault.create.restore')}
      </button>
      {restore.error && <ErrorMessage error={restore.error} />}
    </div>
  );
}
