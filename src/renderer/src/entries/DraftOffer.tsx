import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorShape } from '../../../shared/ipc/result';
import type { Draft } from '../../../shared/journal/requests';
import { getApi } from '../api/client';
import { ErrorMessage } from '../components/ErrorMessage';
import { formatMoment } from './dates';
import { formFromDraftContent, formOpening } from './entryForm';
import { plainExcerpt } from '../../../shared/journal/excerpt';

interface Props {
  drafts: readonly Draft[];
  onContinue: (draft: Draft) => void;
  onDiscarded: (draft: Draft) => void;
}

/** Unfinished drafts found on opening: continue one, or discard it for good (asked twice). */
export function DraftOffer({ drafts, onContinue, onDiscarded }: Props) {
  const { t, i18n } = useTranslation();
  const [confirming, setConfirming] = useState<string | undefined>();
  const [error, setError] = useState<AppErrorShape | undefined>();
  if (drafts.length === 0) return null;

  async function discard(draft: Draft): Promise<void> {
    const result = await getApi().discardDraft({ draftId: draft.draftId });
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setConfirming(undefined);
    onDiscarded(draft);
  }

  return (
    <section className="draft-offer" aria-labelledby="draft-offer-title" data-testid="draft-offer">
      <h2 id="draft-offer-title">{t('entries.drafts.title', { count: drafts.length })}</h2>
      <ul>
        {drafts.map((draft) => {
          const form = formFromDraftContent(draft.content);
          const opening = form === undefined ? '' : plainExcerpt(formOpening(form), 160);
          return (
            <li key={draft.draftId}>
              <p>
                {t('entries.drafts.savedAt', { moment: formatMoment(draft.savedAt, i18n.language) })}
                {opening !== '' && (
                  <span className="draft-opening">{t('entries.drafts.opening', { text: opening })}</span>
                )}
              </p>
              {form === undefined && <p className="help">{t('entries.drafts.unreadable')}</p>}
              {confirming === draft.draftId ? (
                <div className="actions" role="group" aria-label={t('entries.drafts.discardQuestion')}>
                  <span>{t('entries.drafts.discardQuestion')}</span>
                  <button type="button" className="danger" onClick={() => void discard(draft)}>
                    {t('entries.drafts.discardConfirm')}
                  </button>
                  <button type="button" autoFocus onClick={() => setConfirming(undefined)}>
                    {t('entries.drafts.keep')}
                  </button>
                </div>
              ) : (
                <div className="actions">
                  {form !== undefined && (
                    <button type="button" className="primary" onClick={() => onContinue(draft)}>
                      {t('entries.drafts.continue')}
                    </button>
                  )}
                  <button type="button" onClick={() => setConfirming(draft.draftId)}>
                    {t('entries.drafts.discard')}
                  </button>
                </div>
              )}
            </li>
          );
        })}
      </ul>
      {error !== undefined && <ErrorMessage error={error} />}
    </section>
  );
}
