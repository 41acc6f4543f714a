import { useTranslation } from 'react-i18next';
import type { QueuedDraft } from '../../../shared/home/workQueue';
import { formatMoment } from '../entries/dates';
import { formatCalendarDate } from '../cases/dates';
import { useNavigation } from '../navigation/NavigationContext';
import { QueueSection } from './QueueSection';

/** Reflections autosaved but never saved, across cases, the oldest first; each reopens its draft. */
export function QueuedDrafts({ items, headingId }: { items: readonly QueuedDraft[]; headingId: string }) {
  const { t, i18n } = useTranslation();
  const { navigate } = useNavigation();
  return (
    <QueueSection
      headingId={headingId}
      testId="home-drafts"
      title={t('queue.drafts.title', { count: items.length })}
      empty={t('queue.drafts.none')}
      count={items.length}
    >
      {items.map((draft) => {
        const moment = formatMoment(draft.savedAt, i18n.language);
        return (
          <li key={draft.draftId} className="reports-item">
            <button
              type="button"
              className="reports-item-button"
              onClick={() =>
                navigate({
                  screen: 'entry',
                  caseId: draft.caseId,
                  draftId: draft.draftId,
                  ...(draft.revisesSessionOf === undefined ? {} : { entryId: draft.entryId }),
                })
              }
            >
              <span className="reports-item-title">{draft.caseAlias}</span>
              <span className="reports-item-line">
                {draft.revisesSessionOf === undefined
                  ? t('queue.drafts.ofNew', { moment })
                  : t('queue.drafts.ofEntry', {
                      moment,
                      date: formatCalendarDate(draft.revisesSessionOf, i18n.language),
                    })}
              </span>
            </button>
          </li>
        );
      })}
    </QueueSection>
  );
}
