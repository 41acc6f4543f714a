import { useTranslation } from 'react-i18next';
import type { OverdueCase } from '../../../shared/home/workQueue';
import { formatCalendarDate } from '../cases/dates';
import { useNavigation } from '../navigation/NavigationContext';
import { QueueSection } from './QueueSection';

interface Props {
  items: readonly OverdueCase[];
  /** The interval in force, in days. */
  interval: number;
  headingId: string;
}

/**
 * Open cases without a reflection for longer than the practitioner's interval, the longest first.
 * Each row opens its case; its second button starts the reflection straight away.
 */
export function OverdueCases({ items, interval, headingId }: Props) {
  const { t, i18n } = useTranslation();
  const { navigate } = useNavigation();
  const days = t('queue.overdue.interval', { count: interval });
  return (
    <QueueSection
      headingId={headingId}
      testId="home-overdue"
      title={t('queue.overdue.title', { count: items.length, interval: days })}
      empty={t('queue.overdue.none', { interval: days })}
      count={items.length}
      footer={
        <p className="help">
          <button type="button" className="link-button" onClick={() => navigate({ screen: 'settings' })}>
            {t('queue.overdue.change')}
          </button>
        </p>
      }
    >
      {items.map((item) => (
        <li key={item.caseId} className="reports-item home-queue-row">
          <button
            type="button"
            className="reports-item-button"
            onClick={() => navigate({ screen: 'case', caseId: item.caseId })}
          >
            <span className="reports-item-title">{item.caseAlias}</span>
            <span className="reports-item-line">
              {item.lastSessionDate === undefined
                ? t('queue.overdue.never', { count: item.days })
                : t('queue.overdue.since', {
                    count: item.days,
                    date: formatCalendarDate(item.lastSessionDate, i18n.language),
                  })}
            </span>
          </button>
          <button
            type="button"
            className="home-queue-act"
            aria-label={t('queue.overdue.writeNamed', { alias: item.caseAlias })}
            onClick={() => navigate({ screen: 'entry', caseId: item.caseId })}
          >
            {t('queue.overdue.write')}
          </button>
        </li>
      ))}
    </QueueSection>
  );
}
