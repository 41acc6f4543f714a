import { useTranslation } from 'react-i18next';
import type { CaseOverview } from '../../../shared/journal/caseOverview';
import { useNavigation } from '../navigation/NavigationContext';
import { formatMoment, formatSessionDate } from './dates';
import { useCaseDrafts } from './useCaseDrafts';

/** Unfinished reflections of a case, so text autosaved before a restart is one click away. */
export function CaseDrafts({ journalCase }: { journalCase: Pick<CaseOverview, 'id' | 'entries'> }) {
  const { t, i18n } = useTranslation();
  const { navigate } = useNavigation();
  // Drafts that cannot be read are not offered here, as before; opening the case's reflections reports it.
  const drafts = useCaseDrafts(journalCase.id).data ?? [];
  if (drafts.length === 0) return null;
  const entries = new Map(journalCase.entries.map((entry) => [entry.id, entry]));
  return (
    <div className="case-drafts" role="region" aria-label={t('entries.drafts.title', { count: drafts.length })}>
      <p className="case-drafts-title">{t('entries.drafts.title', { count: drafts.length })}</p>
      <ul>
        {drafts.map((draft) => {
          const entry = entries.get(draft.entryId);
          const what =
            entry === undefined
              ? t('entries.drafts.ofNew')
              : t('entries.drafts.ofEntry', { date: formatSessionDate(entry.sessionDate, i18n.language) });
          return (
            <li key={draft.draftId}>
              <span>
                {what} {t('entries.drafts.savedAt', { moment: formatMoment(draft.savedAt, i18n.language) })}
              </span>
              <button
                type="button"
                aria-label={t('entries.drafts.continueNamed', { what })}
                onClick={() =>
                  navigate({
                    screen: 'entry',
                    caseId: journalCase.id,
                    draftId: draft.draftId,
                    ...(entry === undefined ? {} : { entryId: entry.id }),
                  })
                }
              >
                {t('entries.drafts.continue')}
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
