import { useTranslation } from 'react-i18next';
import type { UnansweredComments as Unanswered } from '../../../shared/home/workQueue';
import { formatCalendarDate } from '../cases/dates';
import { useNavigation } from '../navigation/NavigationContext';
import { QueueSection } from './QueueSection';

/** Reports with caregiver comments still without an answer, the longest waiting first; each opens its report. */
export function UnansweredComments({ items, headingId }: { items: readonly Unanswered[]; headingId: string }) {
  const { t, i18n } = useTranslation();
  const { navigate } = useNavigation();
  return (
    <QueueSection
      headingId={headingId}
      testId="home-comments"
      title={t('queue.comments.title', { count: items.length })}
      empty={t('queue.comments.none')}
      count={items.length}
    >
      {items.map((item) => (
        <li key={`${item.caseId}/${item.reportId}`} className="reports-item">
          <button
            type="button"
            className="reports-item-button"
            onClick={() => navigate({ screen: 'report', caseId: item.caseId, reportId: item.reportId })}
          >
            <span className="reports-item-title">
              {item.caseAlias}
              {' · '}
              {item.title}
            </span>
            <span className="reports-item-line">
              {t('queue.comments.line', {
                count: item.count,
                date: formatCalendarDate(item.oldestRecordedOn, i18n.language),
              })}
            </span>
          </button>
        </li>
      ))}
    </QueueSection>
  );
}
