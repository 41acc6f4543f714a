/**
 * Shown above every screen when files of the journal were found older than its own record of
 * them at unlock: which files, why nothing is saved, and the two ways on (restore a backup from
 * Settings, or keep the state found when the practitioner put the copies back on purpose).
 */
import { useTranslation } from 'react-i18next';
import type { VaultStatus } from '../../../shared/vault/vaultStatus';
import { getApi } from '../api/client';
import { ErrorMessage } from '../components/ErrorMessage';
import { useSubmit } from './useSubmit';

interface Props {
  files: readonly string[];
  onStatusChange: (status: VaultStatus) => void;
}

export function RolledBackNotice({ files, onStatusChange }: Props) {
  const { t } = useTranslation();
  const { submit, busy, error } = useSubmit(onStatusChange);
  return (
    <section className="notice" role="alert" data-testid="rolled-back-notice">
      <p>{t('rolledBack.explain', { count: files.length })}</p>
      <ul>
        {files.map((file) => (
          <li key={file}>
            <code>{file}</code>
          </li>
        ))}
      </ul>
      <p>{t('rolledBack.choices')}</p>
      <button type="button" disabled={busy} onClick={() => void submit(() => getApi().keepRolledBackState())}>
        {t('rolledBack.keep')}
      </button>
      {error !== undefined && <ErrorMessage error={error} />}
    </section>
  );
}
