import type { TFunction } from 'i18next';
import type { Party } from '../../../shared/domain/party';
import type { Statement } from '../../../shared/domain/report/report';
import { partyLabel } from '../entries/partyLabel';

/** Whose allegation or opinion it is, in words; undefined when it is not said. */
export function statementAuthor(statement: Statement, parties: readonly Party[], t: TFunction): string | undefined {
  const by = statement.by;
  if (by === undefined) return statement.type === 'opinion' ? t('reports.statement.byMine') : undefined;
  if ('name' in by) return by.name;
  const party = parties.find((candidate) => candidate.id === by.partyId);
  return party === undefined ? undefined : partyLabel(party, t);
}

/** The badge every statement carries, in the editor and when read: "Allegation – Carolina (Caregiver)". */
export function statementBadge(statement: Statement, parties: readonly Party[], t: TFunction): string {
  const type = t(`taxonomy.statementTypes.${statement.type}`);
  const attributed = statement.type === 'allegation' || statement.type === 'opinion';
  const author = attributed ? statementAuthor(statement, parties, t) : undefined;
  return author === undefined ? type : t('reports.statement.badgeBy', { type, by: author });
}
