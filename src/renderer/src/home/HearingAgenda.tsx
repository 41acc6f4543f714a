import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { loadStateOf } from '../api/loadState';
import { useContractQuery } from '../api/useContractQuery';
import { formatCalendarDate } from '../cases/dates';
import { useNavigation } from '../navigation/NavigationContext';
import { LoadState } from '../ui/LoadState';
import { nextStepWords } from '../reports/nextStepWords';
import '../reports/reports.css';
import './home.css';

/** The court reports still to go to court, soonest hearing first, each with what to do next. */
export function HearingAgenda() {
  const { t, i18n } = useTranslation();
  const { navigate } = useNavigation();
  const titleId = useId();
  const state = loadStateOf(useContractQuery('listHearings', undefined));
  const date = (value: string) => formatCalendarDate(value, i18n.language);

  return (
    <section className="hearing-agenda" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('home.hearings.title')}</h2>
      <LoadState state={state} loading={t('home.hearings.loading')}>
        {(items) =>
          items.length === 0 ? (
            <p className="help">{t('home.hearings.none')}</p>
          ) : (
            <ul className="reports-items">
              {items.map((item) => (
                <li key={`${item.caseId}/${item.reportId}`} className="reports-item" data-step={item.step}>
                  <button
                    type="button"
                    className="reports-item-button"
                    onClick={() => navigate({ screen: 'report', caseId: item.caseId, reportId: item.reportId })}
                  >
                    <span className="reports-item-title">
                      {item.hearingDate === undefined ? t('home.hearings.noDate') : date(item.hearingDate)}
                      {' · '}
                      {item.caseAlias}
                    </span>
                    <span className="reports-item-line">
                      {item.title}
                      {' · '}
                      {t(`reports.hearingKinds.${item.hearingKind}`)}
                      {' · '}
                      <span className="reports-status" data-status={item.status}>
                        {t(`reports.statuses.${item.status}`)}
                      </span>
                    </span>
                    <span className="reports-item-line hearing-agenda-step">
                      {nextStepWords(item, t, i18n.language)}
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          )
        }
      </LoadState>
    </section>
  );
}
