import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseOverview } from '../../../shared/journal/caseOverview';
import { useContractQuery } from '../api/useContractQuery';
import { ErrorMessage } from '../components/ErrorMessage';
import { WarningCard } from './WarningCard';
import './alliance.css';

interface Props {
  journalCase: CaseOverview;
  onOpenSession: (entryId: string) => void;
}

/**
 * The case's alliance warnings, evaluated by main after every save with the practitioner's
 * thresholds: the active ones first, then those dismissed or taken to supervision (with their notes).
 */
export function CaseWarnings({ journalCase, onOpenSession }: Props) {
  const { t } = useTranslation();
  const titleId = useId();
  const warnings = useContractQuery('listCaseWarnings', { caseId: journalCase.id });
  const nameOf = (partyId: string | undefined) => journalCase.parties.find((party) => party.id === partyId)?.name;
  const all = warnings.data?.warnings ?? [];
  const active = all.filter((decided) => decided.status === 'active');
  const decided = all.filter((each) => each.status !== 'active');
  const card = (each: (typeof all)[number]) => (
    <WarningCard
      key={each.warning.id}
      caseId={journalCase.id}
      decided={each}
      nameOf={nameOf}
      onOpenSession={onOpenSession}
    />
  );
  return (
    <section className="case-warnings" aria-labelledby={titleId} data-testid="case-warnings">
      <h2 id={titleId}>{t('alliance.title')}</h2>
      <p className="cases-note">{t('alliance.boundary')}</p>
      {warnings.error && <ErrorMessage error={warnings.error.shape} />}
      {warnings.isPending && <p role="status">{t('alliance.panel.loading')}</p>}
      {warnings.data !== undefined && (
        <p role="status">
          {active.length === 0 ? t('alliance.panel.none') : t('alliance.panel.activeCount', { count: active.length })}
        </p>
      )}
      {active.map(card)}
      {decided.length > 0 && (
        <details className="warning-decided">
          <summary>{t('alliance.panel.decidedTitle', { count: decided.length })}</summary>
          {decided.map(card)}
        </details>
      )}
    </section>
  );
}
