import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { VaultStatus } from '../../../shared/vault/vaultStatus';
import { getApi } from '../api/client';
import { ErrorMessage } from '../components/ErrorMessage';
import { isAcceptableNewPassphrase, NewPassphraseFields } from './NewPassphraseFields';
import { RestoreArchive } from './RestoreArchive';
import { useSubmit } from './useSubmit';

/** First run: choose the passphrase, understand what forgetting it means. */
export function CreateVaultScreen({
  onCreated,
  onRestored,
}: {
  onCreated: (created: { status: VaultStatus; recoveryKey: string; warning?: string }) => void;
  /** A backup was restored: the journal now exists, locked. */
  onRestored: (files: number) => void;
}) {
  const { t } = useTranslation();
  const [passphrase, setPassphrase] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const { busy, error, submit } = useSubmit(onCreated);

  function onSubmit(event: FormEvent): void {
    event.preventDefault();
    if (!isAcceptableNewPassphrase(passphrase, confirmation)) return;
    void submit(() => getApi().createVault({ passphrase }));
  }

  return (
    <section className="gate-card" aria-labelledby="create-title">
      <h1 tabIndex={-1} id="create-title">
        {t('vault.create.title')}
      </h1>
      <p>{t('vault.create.intro')}</p>
      <div className="callout">
        <h2>{t('vault.create.forgetTitle')}</h2>
        <p>{t('vault.create.forgetBody')}</p>
      </div>
      <form onSubmit={onSubmit} noValidate>
        <NewPassphraseFields
          passphrase={passphrase}
          confirmation={confirmation}
          onPassphraseChange={setPassphrase}
          onConfirmationChange={setConfirmation}
          labels={{ passphrase: t('vault.create.passphrase'), confirm: t('vault.create.confirm') }}
          autoFocus
        />
        {error && <ErrorMessage error={error} />}
        <button
          type="submit"
          className="primary"
          disabled={busy || !isAcceptableNewPassphrase(passphrase, confirmation)}
        >
          {busy ? t('vault.create.working') : t('vault.create.submit')}
        </button>
      </form>
      <RestoreArchive onRestored={onRestored} />
    </section>
  );
}
