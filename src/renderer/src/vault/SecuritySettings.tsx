import { useId, useState, type FormEvent } from 'react';
import { useController, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { autoLockChoices, type AutoLockMinutes, type Settings } from '../../../shared/settings/settings';
import type { RecoveryKitResponse, VaultStatus } from '../../../shared/vault/vaultStatus';
import { useContractMutation } from '../api/useContractMutation';
import { ErrorMessage } from '../components/ErrorMessage';
import { useContractForm } from '../ui/form/useContractForm';
import { isAcceptableNewPassphrase, NewPassphraseFields } from './NewPassphraseFields';
import { NewRecoveryKey } from './NewRecoveryKey';
import { PassphraseField } from './PassphraseField';
import { RecoveryKitScreen } from './RecoveryKitScreen';
import {
  emptyPassphraseChange,
  passphraseChangeSchema,
  type PassphraseChange,
  type PassphraseChangeValues,
} from './passphraseChange';

interface Props {
  settings: Settings;
  vaultStatus: VaultStatus;
  onSettingsChange: (settings: Settings) => void;
  /**
   * A kit from a rotation that locked the journal to finish: main's lock event takes this screen
   * away, so the app shows the kit in its place.
   */
  onKitAfterLock: (kit: RecoveryKitResponse) => void;
}

/**
 * Auto-lock delay, passphrase change (optionally with a new key and every file re-encrypted), a
 * new recovery key, and where the journal lives. A new recovery key is shown once, as a kit.
 */
export function SecuritySettings({ settings, vaultStatus, onSettingsChange, onKitAfterLock }: Props) {
  const { t } = useTranslation();
  const autoLockId = useId();
  const [changed, setChanged] = useState(false);
  const [kit, setKit] = useState<RecoveryKitResponse | undefined>();
  const rotateId = useId();
  const autoLock = useContractMutation('updateSettings', { onSuccess: onSettingsChange });
  const change = useContractMutation('changePassphrase', {
    onSuccess: () => {
      form.reset();
      setChanged(true);
    },
  });
  const rotation = useContractMutation('rotateKeys', {
    onSuccess: (result) => {
      form.reset();
      if (result.status.state === 'unlocked') setKit(result);
      else onKitAfterLock(result);
    },
  });
  const { form, formRef, onSubmit, busy } = useContractForm<PassphraseChangeValues, PassphraseChange>({
    schema: passphraseChangeSchema,
    defaultValues: emptyPassphraseChange,
    // One form, two calls: re-encrypting with a new key is the same request.
    mutation: {
      mutateAsync: (request): Promise<unknown> => (form.getValues('rotate') ? rotation : change).mutateAsync(request),
      error: rotation.error ?? change.error,
      isPending: rotation.isPending || change.isPending,
    },
  });
  const current = useController({ control: form.control, name: 'current' });
  const next = useController({ control: form.control, name: 'next' });
  const confirmation = useController({ control: form.control, name: 'confirmation' });
  const rotate = useWatch({ control: form.control, name: 'rotate' });
  const rotateField = form.register('rotate');
  const ready = current.field.value !== '' && isAcceptableNewPassphrase(next.field.value, confirmation.field.value);

  function onChangePassphrase(event: FormEvent): void {
    if (!ready) {
      event.preventDefault();
      return;
    }
    setChanged(false);
    change.reset();
    rotation.reset();
    onSubmit(event);
  }

  if (kit !== undefined) {
    return (
      <RecoveryKitScreen
        recoveryKey={kit.recoveryKey}
        directory={vaultStatus.directory}
        {...(kit.warning === undefined ? {} : { warning: kit.warning })}
        replaced
        onDone={() => setKit(undefined)}
      />
    );
  }

  function onAutoLockChange(value: string): void {
    const minutes = (value === 'never' ? null : Number(value)) as AutoLockMinutes;
    autoLock.mutate({ autoLockMinutes: minutes });
  }

  return (
    <>
      <h2>{t('vault.settings.title')}</h2>
      <div className="field">
        <label htmlFor={autoLockId}>{t('vault.settings.autoLock')}</label>
        <p className="help" id={`${autoLockId}-help`}>
          {t('vault.settings.autoLockHelp')}
        </p>
        <select
          id={autoLockId}
          aria-describedby={`${autoLockId}-help`}
          value={settings.autoLockMinutes === null ? 'never' : String(settings.autoLockMinutes)}
          onChange={(event) => onAutoLockChange(event.target.value)}
        >
          {autoLockChoices.map((minutes) =>
            minutes === null ? (
              <option key="never" value="never">
                {t('vault.settings.never')}
              </option>
            ) : (
              <option key={minutes} value={String(minutes)}>
                {t('vault.settings.minutes', { count: minutes })}
              </option>
            ),
          )}
        </select>
        {autoLock.error && <ErrorMessage error={autoLock.error.shape} />}
      </div>
      <form
        ref={formRef}
        className="subsection"
        onSubmit={onChangePassphrase}
        noValidate
        aria-labelledby={`${autoLockId}-change`}
      >
        <h3 id={`${autoLockId}-change`}>{t('vault.settings.changeTitle')}</h3>
        <PassphraseField
          label={t('vault.settings.current')}
          value={current.field.value}
          onChange={current.field.onChange}
          autoComplete="current-password"
        />
        <NewPassphraseFields
          passphrase={next.field.value}
          confirmation={confirmation.field.value}
          onPassphraseChange={next.field.onChange}
          onConfirmationChange={confirmation.field.onChange}
          labels={{ passphrase: t('vault.settings.next'), confirm: t('vault.settings.confirm') }}
        />
        <div className="checkbox-field">
          <input id={rotateId} type="checkbox" {...rotateField} aria-describedby={`${rotateId}-help`} />
          <label htmlFor={rotateId}>{t('vault.settings.rotate')}</label>
        </div>
        <p className="help" id={`${rotateId}-help`}>
          {t('vault.settings.rotateHelp')}
        </p>
        {change.error && <ErrorMessage error={change.error.shape} />}
        {rotation.error && <ErrorMessage error={rotation.error.shape} />}
        <p className="confirmation" role="status">
          {changed ? t('vault.settings.changed') : ''}
        </p>
        <button type="submit" disabled={busy || !ready}>
          {rotation.isPending
            ? t('vault.settings.rotating')
            : rotate
              ? t('vault.settings.rotateSubmit')
              : t('vault.settings.change')}
        </button>
      </form>
      <NewRecoveryKey onReplaced={setKit} />
      <dl className="facts">
        <dt>{t('vault.settings.location')}</dt>
        <dd className="path" data-testid="vault-directory">
          {vaultStatus.directory}
        </dd>
      </dl>
    </>
  );
}
