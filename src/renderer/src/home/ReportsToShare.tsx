import { useTranslation } from 'react-i18next';
import type { HearingAgendaItem } from '../../../shared/domain/report/hearingAgenda';
import { formatCalendarDate } from '../cases/dates';
import { useNextStep } from './hearingSteps';
import { QueueSection } from './QueueSection';
import { ReportRow } from './ReportRow';

/** Court reports the caregiver has not been given yet, those already short of time first; each opens its report. */
export function ReportsToShare({ items, headingId }: { items: readonly HearingAgendaItem[]; headingId: string }) {
  const { t, i18n } = useTranslation();
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
        <ReportRow
          key={`${item.caseId}/${item.reportId}`}
          caseId={item.caseId}
          reportId={item.reportId}
          step={item.step}
          title={`${item.caseAlias} · ${item.title}`}
          lines={[
            {
              key: 'hearing',
              text: `${
                item.hearingDate === undefined
                  ? t('home.hearings.noDate')
                  : formatCalendarDate(item.hearingDate, i18n.language)
              } · ${t(`reports.hearingKinds.${item.hearingKind}`)}`,
            },
            { key: 'step', text: nextStep(item), className: 'home-queue-step' },
          ]}
        />
      ))}
    </QueueSection>
  );
}
