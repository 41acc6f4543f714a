import { useTranslation } from 'react-i18next';
import type { HearingAgendaItem } from '../../../shared/domain/report/hearingAgenda';
import { formatCalendarDate } from '../cases/dates';
import { useNavigation } from '../navigation/NavigationContext';
import { useNextStep } from './hearingSteps';
import { QueueSection } from './QueueSection';

/** Court reports the caregiver has not been given yet, those already short of time first; each opens its report. */
export function ReportsToShare({ items, headingId }: { items: readonly HearingAgendaItem[]; headingId: string }) {
  const { t, i18n } = useTranslation();
  const { navigate } = useNavigation();
  const nextStep = useNextStep();
  return (
    <QueueSection
      headingId={headingId}
      testId="home-to-share"
      title={t('queue.toShare.title', { count: items.length })}
      empty={t('queue.toShare.none')}
      count={items.length}
    >
      {items.map((item) => (
        <li key={`${item.caseId}/${item.reportId}`} className="reports-item" data-step={item.step}>
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
              {item.hearingDate === undefined
                ? t('home.hearings.noDate')
                : formatCalendarDate(item.hearingDate, i18n.language)}
              {' · '}
              {t(`reports.hearingKinds.${item.hearingKind}`)}
            </span>
            <span className="reports-item-line home-queue-step">{nextStep(item)}</span>
          </button>
        </li>
      ))}
    </QueueSection>
  );
}
