import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { HearingAgendaItem } from '../../../shared/domain/report/hearingAgenda';
import { formatCalendarDate } from '../cases/dates';
import { useNextStep } from './hearingSteps';
import { ReportRow } from './ReportRow';
import '../reports/reports.css';
import './home.css';

/** The court reports still to go to court, soonest hearing first, each with what to do next. */
export function HearingAgenda({ items, headingId }: { items: readonly HearingAgendaItem[]; headingId?: string }) {
  const { t, i18n } = useTranslation();
  const ownId = useId();
  const titleId = headingId ?? ownId;
  const nextStep = useNextStep();
  const date = (value: string) => formatCalendarDate(value, i18n.language);

  return (
    <section className="hearing-agenda" aria-labelledby={titleId} data-testid="home-hearings">
      <h2 id={titleId} tabIndex={-1}>
        {t('home.hearings.title')}
      </h2>
      {items.length === 0 ? (
        <p className="help">{t('home.hearings.none')}</p>
      ) : (
        <ul className="reports-items">
          {items.map((item) => (
            <ReportRow
              key={`${item.caseId}/${item.reportId}`}
              caseId={item.caseId}
              reportId={item.reportId}
              step={item.step}
              title={`${item.hearingDate === undefined ? t('home.hearings.noDate') : date(item.hearingDate)} · ${item.caseAlias}`}
              lines={[
                {
                  key: 'report',
                  text: (
                    <>
                      {item.title}
                      {' · '}
                      {t(`reports.hearingKinds.${item.hearingKind}`)}
                      {' · '}
                      <span className="reports-status" data-status={item.status}>
                        {t(`reports.statuses.${item.status}`)}
                      </span>
                    </>
                  ),
                },
                { key: 'step', text: nextStep(item), className: 'hearing-agenda-step' },
              ]}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
