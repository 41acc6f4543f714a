import { useTranslation } from 'react-i18next';
import {
  estimatePassphraseStrength,
  minimumAcceptedLevel,
  minimumPassphraseLength,
} from '../../../shared/vault/passphraseStrength';
import { PassphraseField } from './PassphraseField';
import { StrengthMeter } from './StrengthMeter';

interface Props {
  passphrase: string;
  confirmation: string;
  onPassphraseChange: (value: string) => void;
  onConfirmationChange: (value: string) => void;
  labels: { passphrase: string; confirm: string };
  autoFocus?: boolean;
}

/** A new passphrase typed twice, with its strength and a mismatch warning. */
export function NewPassphraseFields(props: Props) {
  const { t } = useTranslation();
  const mismatch = props.confirmation !== '' && props.confirmation !== props.passphrase;
  return (
    <>
      <PassphraseField
        label={props.labels.passphrase}
        help={t('vault.create.passphraseHelp', { minimum: minimumPassphraseLength })}
        value={props.passphrase}
        onChange={props.onPassphraseChange}
        autoComplete="new-password"
        autoFocus={props.autoFocus}
      />
      <StrengthMeter passphrase={props.passphrase} />
      <PassphraseField
        label={props.labels.confirm}
        value={props.confirmation}
        onChange={props.onConfirmationChange}
        autoComplete="new-password"
        invalid={mismatch}
      />
      {mismatch && (
        <p className="field-error" role="alert">
          {t('vault.create.mismatch')}
        </p>
      )}
    </>
  );
}

/** True when a new passphrase may be submitted. */
export function isAcceptableNewPassphrase(passphrase: string, confirmation: string): boolean {
  return (
    [...passphrase].length >= minimumPassphraseLength &&
    estimatePassphraseStrength(passphrase).level >= minimumAcceptedLevel &&
    passphrase === confirmation
  );
}
