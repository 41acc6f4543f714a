import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecoveryKitResponse } from '../../../shared/vault/vaultStatus';
import { getApi } from '../api/client';
import { ErrorMessage } from '../components/ErrorMessage';
import { PassphraseField } from './PassphraseField';
import { useSubmit } from './useSubmit';

/** Settings → Security: a new recovery key after the passphrase; the kit is shown by the caller. */
export function NewRecoveryKey({ onReplaced }: { onReplaced: (kit: RecoveryKitResponse) => void }) {
  const { t } = useTranslation();
  const titleId = useId();
  const [passphrase, setPassphrase] = useState('');
  const replace = useSubmit((kit: RecoveryKitResponse) => {
    setPassphrase('');
    onReplaced(kit);
  });

  function onSubmit(event: FormEvent): void {
    event.preventDefault();
    if (passphrase === '') return;
    void replace.submit(() => getApi().newRecoveryKey({ passphrase }));
  }

  return (
    <form className="subsection" onSubmit={onSubmit} noValidate aria-labelledby={titleId}>
      <h3 id={titleId}>{t('vault.settings.recoveryTitle')}</h3>
      <p className="help">{t('vault.settings.recoveryHelp')}</p>
      <PassphraseField
        label={t('vault.settings.recoveryPassphrase')}
        value={passphrase}
        onChange={setPassphrase}
        autoComplete="current-password"
      />
      {replace.error && <ErrorMessage error={replace.error} />}
      <button type="submit" disabled={replace.busy || passphrase === ''}>
        {replace.busy ? t('vault.settings.recoveryWorking') : t('vault.settings.recoverySubmit')}
      </button>
    </form>
  );
}
