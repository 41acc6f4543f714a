import type { TFunction } from 'i18next';
import type { Party } from '../../../shared/domain/party';

/** "Carolina (Caregiver)": a party as the journal shows it. */
export function partyLabel(party: Party, t: TFunction): string {
  return t('entries.partyWithRole', { name: party.name, role: t(`taxonomy.partyRoles.${party.role}`) });
}
