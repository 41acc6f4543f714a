import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { OpenAction } from '../../../shared/journal/supervisionRequests';
import { formatCalendarDate, todayDate } from '../cases/dates';
import { useNavigation } from '../navigation/NavigationContext';
import '../reports/reports.css';
import './home.css';

/**
 * The actions agreed in supervision still open across the open cases, soonest due first; an
 * overdue one says so in words. Each opens its case's Supervision tab; a supervision of one or
 * several cases is recorded from here too. From Home's work queue (`getWorkQueue`).
 */
export function HomeActions({ actions, headingId }: { actions: readonly OpenAction[]; headingId?: string }) {
  const { t, i18n } = useTranslation();
  const { navigate } = useNavigation();
  const ownId = useId();
  const titleId = headingId ?? ownId;
  const today = todayDate();
  const date = (value: string) => formatCalendarDate(value, i18n.language);

  function when(action: OpenAction): string {
    if (action.due === undefined) return t('home.actions.noDue');
    return action.due < today
      ? t('home.actions.overdue', { date: date(action.due) })
      : t('home.actions.due', { date: date(action.due) });
  }

  return (
    <section className="home-warnings" aria-labelledby={titleId} data-testid="home-actions">
      <h2 id={titleId} tabIndex={-1}>
        {t('home.actions.title')}
      </h2>
      <p className="help" role="status">
        {actions.length === 0 ? t('home.actions.none') : t('home.actions.count', { count: actions.length })}
      </p>
      {actions.length > 0 && (
        <ul className="reports-items">
          {actions.map((action) => (
            <li
              key={`${action.caseId}/${action.actionId}`}
              className="reports-item"
              data-overdue={action.due !== undefined && action.due < today}
            >
              <button
                type="button"
                className="reports-item-button"
                onClick={() => navigate({ screen: 'case', caseId: action.caseId, tab: 'supervision' })}
              >
                <span className="reports-item-title">
                  {action.caseAlias}
                  {' · '}
                  {action.what}
                </span>
                <span className="reports-item-line">
                  {when(action)}
                  {' · '}
                  {t('home.actions.agreed', { supervisor: action.supervisor, date: date(action.agreedOn) })}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <button type="button" onClick={() => navigate({ screen: 'supervision' })}>
        {t('supervision.recordMeeting')}
      </button>
    </section>
  );
}
