import { useTranslation } from 'react-i18next';
import type { Party } from '../../../shared/domain/party';

/** The people around the child, as read on the case screen. */
export function PartyList({ parties }: { parties: readonly Party[] }) {
  const { t } = useTranslation();
  if (parties.length === 0) return <p className="cases-empty">{t('cases.parties.noneYet')}</p>;
  return (
    <ul className="case-cards">
      {parties.map((party) => (
        <li key={party.id} className="case-card">
          <p className="case-card-title">
            <strong>{party.name}</strong>
            <span className="case-tag">{t(`taxonomy.partyRoles.${party.role}`)}</span>
          </p>
          {party.relationship !== undefined && party.relationship.trim() !== '' && <p>{party.relationship}</p>}
          {party.aliases.length > 0 && (
            <p className="case-card-note">{t('cases.parties.alsoCalled', { names: party.aliases.join(', ') })}</p>
          )}
        </li>
      ))}
    </ul>
  );
}
