/** Who can receive a review copy, and whom a disclosure can be about: the roles the report checks use. */
import type { Party } from '../../../shared/domain/party';
import { familyRoles } from '../../../shared/domain/report/disclosure';
import { reviewRecipientRoles } from '../../../shared/domain/report/lifecycle';

export function caregiversOf(parties: readonly Party[]): Party[] {
  return parties.filter((party) => reviewRecipientRoles.includes(party.role));
}

export function familyOf(parties: readonly Party[]): Party[] {
  return parties.filter((party) => familyRoles.includes(party.role));
}
