import { skipToken } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useContractMutation } from '../api/useContractMutation';
import { useContractQuery } from '../api/useContractQuery';
import { formatCalendarDate } from '../cases/dates';
import { DamagedFileNotice } from '../components/DamagedFileNotice';
import { useNavigation } from '../navigation/NavigationContext';
import './OpeningDateWarning.css';

/**
 * A reflection dated before the day its case opened: said at once, with the offer to move the
 * opening date to the session's day, through the case-details update (the phase the case opened
 * in moves with it). A court report states the opening date as a fact, so it should be true.
 */
export function OpeningDateWarning({ sessionDate }: { sessionDate: string }) {
  const { t, i18n } = useTranslation();
  const { route } = useNavigation();
  const caseId = route.screen === 'entry' ? route.caseId : undefined;
  const journalCase = useContractQuery('getCase', caseId === undefined ? skipToken : { caseId });
  const moving = useContractMutation('updateCase');
  const openedAt = journalCase.data?.openedAt;
  if (caseId === undefined || openedAt === undefined || sessionDate === '' || sessionDate >= openedAt) return null;
  const dates = {
    session: formatCalendarDate(sessionDate, i18n.language),
    opened: formatCalendarDate(openedAt, i18n.language),
  };
  return (
    <div className="opening-date-warning" role="status" data-testid="opening-date-warning">
      <p>{t('cases.openingDate.before', dates)}</p>
      <button
        type="button"
        disabled={moving.isPending}
        onClick={() => moving.mutate({ caseId, openedAt: sessionDate })}
      >
        {moving.isPending ? t('cases.openingDate.moving') : t('cases.openingDate.move', dates)}
      </button>
      {moving.error && <DamagedFileNotice error={moving.error.shape} onRestored={moving.reset} />}
    </div>
  );
}
