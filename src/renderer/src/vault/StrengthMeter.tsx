import { useTranslation } from 'react-i18next';
import { estimatePassphraseStrength, minimumPassphraseLength } from '../../../shared/vault/passphraseStrength';

/** Shows how guessable a new passphrase is, with what would make it better. */
export function StrengthMeter({ passphrase }: { passphrase: string }) {
  const { t } = useTranslation();
  if (passphrase === '') return null;
  const strength = estimatePassphraseStrength(passphrase);
  const levelText = t(`vault.strength.levels.${strength.level}`);
  return (
    <div className="strength" data-level={strength.level}>
      <meter
        min={0}
        max={4}
        low={2}
        high={3}
        optimum={4}
        value={strength.level}
        aria-label={t('vault.strength.label', { level: levelText })}
      />
      <p className="strength-text" aria-live="polite">
        {t('vault.strength.label', { level: levelText })}
      </p>
      {strength.hints.length > 0 && (
        <ul className="strength-hints">
          {strength.hints.map((hint) => (
            <li key={hint}>{t(`vault.strength.hints.${hint}`, { minimum: minimumPassphraseLength })}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
