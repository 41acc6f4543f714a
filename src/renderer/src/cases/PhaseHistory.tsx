import { useTranslation } from 'react-i18next';
import type { PhaseChange } from '../../../shared/domain/case';
import { formatCalendarDate } from './dates';

/** Every move between phases, oldest first: when, to which phase, who decided, and why. */
export function PhaseHistory({ history }: { history: readonly PhaseChange[] }) {
  const { t, i18n } = useTranslation();
  if (history.length === 0) return <p className="cases-empty">{t('cases.phase.noHistory')}</p>;
  return (
    <ol className="case-history">
      {history.map((change, index) => (
        <li key={`${change.changedAt}-${index}`}>
          <p className="case-history-line">
            <time dateTime={change.changedAt}>{formatCalendarDate(change.changedAt, i18n.language)}</time>
            <strong>{t(`taxonomy.phases.${change.phase}`)}</strong>
            <span>{t(`cases.phase.historyDeciders.${change.decidedBy}`)}</span>
          </p>
          {change.reason !== undefined && change.reason.trim() !== '' && (
            <p className="case-history-reason">{change.reason}</p>
          )}
        </li>
      ))}
    </ol>
  );
}
