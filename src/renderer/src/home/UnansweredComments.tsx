import { useTranslation } from 'react-i18next';
import type { UnansweredComments as Unanswered } from '../../../shared/home/workQueue';
import { formatCalendarDate } from '../cases/dates';
import { QueueSection } from './QueueSection';
import { ReportRow } from './ReportRow';

/** Reports with caregiver comments still without an answer, the longest waiting first; each opens its report. */
export function UnansweredComments({ items, headingId }: { items: readonly Unanswered[]; headingId: string }) {
  const { t, i18n } = useTranslation();
  return (
    <QueueSection
      headingId={headingId}
      testId="home-comments"
      title={t('queue.comments.title', { count: items.length })}
      empty={t('queue.comments.none')}
      count={items.length}
    >
      {items.map((item) => (
        <ReportRow
          key={`${item.caseId}/${item.reportId}`}
          caseId={item.caseId}
          reportId={item.reportId}
          title={`${item.caseAlias} · ${item.title}`}
          lines={[
            {
              key: 'comments',
              text: t('queue.comments.line', {
                count: item.count,
                date: formatCalendarDate(item.oldestRecordedOn, i18n.language),
              }),
            },
          ]}
        />
      ))}
    </QueueSection>
  );
}
