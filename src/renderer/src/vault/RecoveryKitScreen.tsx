import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CopyButton } from '../ui/CopyButton';
import { RecoveryKeyText } from './RecoveryKeyText';

/**
 * Shown once after the vault is created, after a recovery, a key rotation or on request; the user
 * must acknowledge it before going on.
 */
export function RecoveryKitScreen({
  recoveryKey,
  directory,
  warning,
  replaced = false,
  onDone,
}: {
  recoveryKey: string;
  directory: string;
  /** Done, but the disk did not confirm it was stored (or the journal was locked to finish it). */
  warning?: string;
  /** A new key that replaces the previous one, which no longer works. */
  replaced?: boolean;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const checkboxId = useId();
  const [acknowledged, setAcknowledged] = useState(false);
  return (
    <section className="gate-card recovery-kit" aria-labelledby="kit-title">
      <h1 tabIndex={-1} id="kit-title">
        {t('vault.kit.title')}
      </h1>
      <p>{t('vault.kit.intro')}</p>
      {replaced && <p className="notice">{t('vault.kit.replaced')}</p>}
      {warning !== undefined && (
        <p className="notice" role="status">
          {warning}
        </p>
      )}
      <h2>{t('vault.kit.keyLabel')}</h2>
      <RecoveryKeyText recoveryKey={recoveryKey} />
      <p>{t('vault.kit.instructions')}</p>
      <p className="path print-only">{t('vault.kit.printedOn', { directory })}</p>
      <div className="no-print">
        <div className="actions">
          <button type="button" onClick={() => window.print()}>
            {t('vault.kit.print')}
          </button>
          <CopyButton value={recoveryKey} label={t('vault.kit.copy')} compact={false} />
        </div>
        <p className="help">{t('vault.kit.copyHelp')}</p>
        <div className="checkbox-field">
          <input
            id={checkboxId}
            type="checkbox"
            checked={acknowledged}
            onChange={(event) => setAcknowledged(event.target.checked)}
          />
          <label htmlFor={checkboxId}>{t('vault.kit.acknowledge')}</label>
        </div>
        <button type="button" className="primary" disabled={!acknowledged} onClick={onDone}>
          {t('vault.kit.continue')}
        </button>
      </div>
    </section>
  );
}
