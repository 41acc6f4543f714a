import { useTranslation } from 'react-i18next';
import type { EntryRevision } from '../../../shared/domain/entry';
import type { Party } from '../../../shared/domain/party';
import { formatMoment } from './dates';
import { EntryContentView } from './EntryContentView';

/** The earlier versions of a reflection, newest first, each with when and why it was changed. */
export function EntryHistory({ history, parties }: { history: readonly EntryRevision[]; parties: readonly Party[] }) {
  const { t, i18n } = useTranslation();
  if (history.length === 0) return null;
  return (
    <section className="entry-history" aria-labelledby="entry-history-title">
      <h2 id="entry-history-title">{t('entries.history.title', { count: history.length })}</h2>
      <p className="help">{t('entries.history.help')}</p>
      {[...history].reverse().map((revision) => (
        <details key={revision.editedAt} className="entry-revision">
          <summary>
            {t('entries.history.changedOn', { moment: formatMoment(revision.editedAt, i18n.language) })}
            {t('entries.separator')}
            {revision.reason === undefined || revision.reason.trim() === ''
              ? t('entries.history.noReason')
              : t('entries.history.reason', { reason: revision.reason })}
          </summary>
          <EntryContentView content={revision.previous} parties={parties} level={3} />
        </details>
      ))}
    </section>
  );
}
