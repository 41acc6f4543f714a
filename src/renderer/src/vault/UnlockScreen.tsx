import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecoveryKitResponse, VaultStatus } from '../../../shared/vault/vaultStatus';
import { getApi } from '../api/client';
import { DamagedFileNotice } from '../components/DamagedFileNotice';
import { PassphraseField } from './PassphraseField';
import { RecoverForm } from './RecoverForm';
import { useSubmit } from './useSubmit';

/** The locked journal: passphrase, or the recovery key when it is forgotten. */
export function UnlockScreen({
  onUnlocked,
  onRecovered,
  notice,
}: {
  onUnlocked: (status: VaultStatus) => void;
  /** Opened with the recovery key, which was replaced: the new one is shown as a kit. */
  onRecovered: (kit: RecoveryKitResponse) => void;
  notice?: string;
}) {
  const { t } = useTranslation();
  const [mode, setMode] = useState<'passphrase' | 'recovery'>('passphrase');
  const [passphrase, setPassphrase] = useState('');
  const [restored, setRestored] = useState(false);
  const { busy, error, submit, clearError } = useSubmit((status: VaultStatus) => {
    setPassphrase('');
    onUnlocked(status);
  });

  if (mode === 'recovery') return <RecoverForm onRecovered={onRecovered} onBack={() => setMode('passphrase')} />;

  function onSubmit(event: FormEvent): void {
    event.preventDefault();
    if (passphrase === '') return;
    void submit(() => getApi().unlockVault({ passphrase }));
  }

  return (
    <section className="gate-card" aria-labelledby="unlock-title">
      <h1 tabIndex={-1} id="unlock-title">
        {t('vault.unlock.title')}
      </h1>
      {notice !== undefined && (
        <p className="notice" role="status">
          {notice}
        </p>
      )}
      <p>{t('vault.unlock.intro')}</p>
      <form onSubmit={onSubmit} noValidate>
        <PassphraseField
          label={t('vault.unlock.passphrase')}
          value={passphrase}
          onChange={setPassphrase}
          autoComplete="current-password"
          autoFocus
        />
        {restored && (
          <p className="notice" role="status">
            {t('vault.unlock.headerRestored')}
          </p>
        )}
        {error && (
          <DamagedFileNotice
            error={error}
            onRestored={() => {
              clearError();
              setRestored(true);
            }}
          />
        )}
        <div className="actions">
          <button type="submit" className="primary" disabled={busy || passphrase === ''}>
            {busy ? t('vault.unlock.working') : t('vault.unlock.submit')}
          </button>
          <button type="button" className="link-button" onClick={() => setMode('recovery')}>
            {t('vault.unlock.forgot')}
          </button>
        </div>
      </form>
    </section>
  );
}
