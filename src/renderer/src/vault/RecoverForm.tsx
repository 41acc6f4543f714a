import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecoveryKitResponse } from '../../../shared/vault/vaultStatus';
import { getApi } from '../api/client';
import { ErrorMessage } from '../components/ErrorMessage';
import { isAcceptableNewPassphrase, NewPassphraseFields } from './NewPassphraseFields';
import { useSubmit } from './useSubmit';

/**
 * "Forgot passphrase": the recovery key opens the journal and a new passphrase replaces the old;
 * the key that was used is replaced too, and the new one comes back to be shown as a kit.
 */
export function RecoverForm({
  onRecovered,
  onBack,
}: {
  onRecovered: (kit: RecoveryKitResponse) => void;
  onBack: () => void;
}) {
  const { t } = useTranslation();
  const keyId = useId();
  const [recoveryKey, setRecoveryKey] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const { busy, error, submit } = useSubmit(onRecovered);
  const ready = recoveryKey.trim() !== '' && isAcceptableNewPassphrase(passphrase, confirmation);

  function onSubmit(event: FormEvent): void {
    event.preventDefault();
    if (!ready) return;
    void submit(() => getApi().recoverVault({ recoveryKey, newPassphrase: passphrase }));
  }

  return (
    <section className="gate-card" aria-labelledby="recover-title">
      <h1 tabIndex={-1} id="recover-title">
        {t('vault.recover.title')}
      </h1>
      <p>{t('vault.recover.intro')}</p>
      <form onSubmit={onSubmit} noValidate>
        <div className="field">
          <label htmlFor={keyId}>{t('vault.recover.recoveryKey')}</label>
          <input
            id={keyId}
            className="text-input recovery-input"
            value={recoveryKey}
            autoComplete="off"
            spellCheck={false}
            autoFocus
            onChange={(event) => setRecoveryKey(event.target.value)}
          />
        </div>
        <NewPassphraseFields
          passphrase={passphrase}
          confirmation={confirmation}
          onPassphraseChange={setPassphrase}
          onConfirmationChange={setConfirmation}
          labels={{ passphrase: t('vault.recover.newPassphrase'), confirm: t('vault.recover.confirm') }}
        />
        {error && <ErrorMessage error={error} />}
        <div className="actions">
          <button type="submit" className="primary" disabled={busy || !ready}>
            {busy ? t('vault.recover.working') : t('vault.recover.submit')}
          </button>
          <button type="button" className="link-button" onClick={onBack}>
            {t('vault.recover.back')}
          </button>
        </div>
      </form>
    </section>
  );
}
