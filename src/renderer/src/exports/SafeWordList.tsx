import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useContractMutation } from '../api/useContractMutation';
import { DamagedFileNotice } from '../components/DamagedFileNotice';

interface Props {
  caseId: string;
  safeWords: readonly string[];
  onChanged: (confirmation: string) => void;
}

/** The words this case marked as safe; each can be undone, so it is checked again. */
export function SafeWordList({ caseId, safeWords, onChanged }: Props) {
  const { t } = useTranslation();
  const titleId = useId();
  const undo = useContractMutation('unmarkSafeWord', {
    onSuccess: (_safeWords, { word }) => onChanged(t('exports.safeWords.restored', { word })),
  });
  if (safeWords.length === 0) return null;
  return (
    <section className="brief-card brief-safe-words" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('exports.safeWords.title')}</h2>
      <ul>
        {safeWords.map((word) => (
          <li key={word}>
            <span>{word}</span>{' '}
            <button
              type="button"
              className="link-button"
              disabled={undo.isPending}
              aria-label={t('exports.safeWords.undoLabel', { word })}
              onClick={() => undo.mutate({ caseId, word })}
            >
              {t('exports.safeWords.undo')}
            </button>
          </li>
        ))}
      </ul>
      {undo.error && <DamagedFileNotice error={undo.error.shape} onRestored={undo.reset} />}
    </section>
  );
}
