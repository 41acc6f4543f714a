import { useTranslation } from 'react-i18next';
import type { AppErrorShape } from '../../../shared/ipc/result';
import { minimumPassphraseLength } from '../../../shared/vault/passphraseStrength';

/** A typed error from main, in the user's language; the file is named when one is involved. */
export function ErrorMessage({ error }: { error: AppErrorShape }) {
  const { t } = useTranslation();
  return (
    <div className="error" role="alert">
      <p>{t(`errors.${error.code}`, { detail: error.message, minimum: minimumPassphraseLength })}</p>
      {error.file !== undefined && <p className="path">{error.file}</p>}
    </div>
  );
}
