import { useTranslation } from 'react-i18next';
import type { Party } from '../../../shared/domain/party';
import type { Statement } from '../../../shared/domain/report/report';
import { statementBadge } from './statementLabel';

/** The statement's kind (and whose), where it came from, and a disclosure still to decide, in words. */
export function StatementBadges({ statement, parties }: { statement: Statement; parties: readonly Party[] }) {
  const { t } = useTranslation();
  const disclosure = statement.disclosure;
  return (
    <span className="reports-badges">
      <span className="reports-badge" data-type={statement.type} data-testid="statement-badge">
        {statementBadge(statement, parties, t)}
      </span>
      {statement.fact !== undefined && <span className="reports-badge-quiet">{t('reports.statement.fromCase')}</span>}
      {statement.source !== undefined && (
        <span className="reports-badge-quiet">{t('reports.statement.fromJournal')}</span>
      )}
      {disclosure !== undefined && (
        <span className="reports-badge-flag" data-decision={disclosure.decision}>
          {t('reports.statement.disclosureFlag', {
            decision: t(`reports.statement.decisionsInBadge.${disclosure.decision}`),
          })}
        </span>
      )}
    </span>
  );
}
