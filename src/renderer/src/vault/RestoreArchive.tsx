import { useTranslation } from 'react-i18next';
import { useContractMutation } from '../api/useContractMutation';
import { ErrorMessage } from '../components/ErrorMessage';

/**
 * On a computer without a journal: bring one back from a backup instead of starting anew. The
 * contract marks the vault's status stale, so the unlock screen follows by itself.
 */
export function RestoreArchive({ onRestored }: { onRestored: (files: number) => void }) {
  const { t } = useTranslation();
  const restore = useContractMutation('restoreArchive', {
    onSuccess: (result) => {
      if (result.done) onRestored(result.files);
    },
  });
  return (
    <div className="subsection" data-testid="restore-archive">
      <h2>{t('vault.create.restoreTitle')}</h2>
      <p className="help">{t('vault.create.restoreHelp')}</p>
      <button type="button" disabled={restore.isPending} onClick={() => restore.mutate(undefined)}>
        {t('vault.create.restore')}
      </button>
      {restore.error && <ErrorMessage error={restore.error.shape} />}
    </div>
  );
}
