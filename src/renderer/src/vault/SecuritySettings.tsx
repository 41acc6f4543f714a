import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { autoLockChoices, type AutoLockMinutes, type Settings } from '../../../shared/settings/settings';
import type { RecoveryKitResponse, VaultStatus } from '../../../shared/vault/vaultStatus';
import { getApi } from '../api/client';
import { ErrorMessage } from '../components/ErrorMessage';
import { isAcceptableNewPassphrase, NewPassphraseFields } from './NewPassphraseFields';
import { NewRecoveryKey } from './NewRecoveryKey';
import { PassphraseField } from './PassphraseField';
import { RecoveryKitScreen } from './RecoveryKitScreen';
import { useSubmit } from './useSubmit';

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
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [changed, setChanged] = useState(false);
  const [rotate, setRotate] = useState(false);
  const [kit, setKit] = useState<RecoveryKitResponse | undefined>();
  const rotateId = useId();
  const autoLock = useSubmit(onSettingsChange);
  const clearForm = () => {
    setCurrent('');
    setNext('');
    setConfirmation('');
  };
  const change = useSubmit(() => {
    clearForm();
    setChanged(true);
  });
  const rotation = useSubmit((result: RecoveryKitResponse) => {
    clearForm();
    setRotate(false);
    if (result.status.state === 'unlocked') setKit(result);
    else onKitAfterLock(result);
  });
  const busy = change.busy || rotation.busy;
  const ready = current !== '' && isAcceptableNewPassphrase(next, confirmation);

  function onChangePassphrase(event: FormEvent): void {
    event.preventDefault();
    if (!ready) return;
    setChanged(false);
    const request = { currentPassphrase: current, newPassphrase: next };
    if (rotate) void rotation.submit(() => getApi().rotateKeys(request));
    else void change.submit(() => getApi().changePassphrase(request));
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
    void autoLock.submit(() => getApi().updateSettings({ autoLockMinutes: minutes }));
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
        {autoLock.error && <ErrorMessage error={autoLock.error} />}
      </div>
      <form className="subsection" onSubmit={onChangePassphrase} noValidate aria-labelledby={`${autoLockId}-change`}>
        <h3 id={`${autoLockId}-change`}>{t('vault.settings.changeTitle')}</h3>
        <PassphraseField
          label={t('vault.settings.current')}
          value={current}
          onChange={setCurrent}
          autoComplete="current-password"
        />
        <NewPassphraseFields
          passphrase={next}
          confirmation={confirmation}
          onPassphraseChange={setNext}
          onConfirmationChange={setConfirmation}
          labels={{ passphrase: t('vault.settings.next'), confirm: t('vault.settings.confirm') }}
        />
        <div className="checkbox-field">
          <input
            id={rotateId}
            type="checkbox"
            checked={rotate}
            aria-describedby={`${rotateId}-help`}
            onChange={(event) => setRotate(event.target.checked)}
          />
          <label htmlFor={rotateId}>{t('vault.settings.rotate')}</label>
        </div>
        <p className="help" id={`${rotateId}-help`}>
          {t('vault.settings.rotateHelp')}
        </p>
        {change.error && <ErrorMessage error={change.error} />}
        {rotation.error && <ErrorMessage error={rotation.error} />}
        <p className="confirmation" role="status">
          {changed ? t('vault.settings.changed') : ''}
        </p>
        <button type="submit" disabled={busy || !ready}>
          {rotation.busy
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
