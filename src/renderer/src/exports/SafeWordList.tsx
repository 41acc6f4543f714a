import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { getApi } from '../api/client';
import { DamagedFileNotice } from '../components/DamagedFileNotice';
import { useSubmit } from '../vault/useSubmit';

interface Props {
  caseId: string;
  safeWords: readonly string[];
  onChanged: (confirmation: string) => void;
}

/** The words this case marked as safe; each can be undone, so it is checked again. */
export function SafeWordList({ caseId, safeWords, onChanged }: Props) {
  const { t } = useTranslation();
  const titleId = useId();
  const undo = useSubmit((result: { safeWords: string[]; word: string }) =>
    onChanged(t('exports.safeWords.restored', { word: result.word })),
  );
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
              disabled={undo.busy}
              aria-label={t('exports.safeWords.undoLabel', { word })}
              onClick={() =>
                void undo.submit(async () => {
                  const result = await getApi().unmarkSafeWord({ caseId, word });
                  return result.ok ? { ok: true, value: { ...result.value, word } } : result;
                })
              }
            >
              {t('exports.safeWords.undo')}
            </button>
          </li>
        ))}
      </ul>
      {undo.error && <DamagedFileNotice error={undo.error} onRestored={undo.clearError} />}
    </section>
  );
}
