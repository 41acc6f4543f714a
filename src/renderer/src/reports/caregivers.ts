/** The people a review copy can be shared with: the adults who care for the child. */
import type { Party } from '../../../shared/domain/party';
import type { PartyRole } from '../../../shared/domain/taxonomy';

const caregiverRoles: readonly PartyRole[] = ['caregiver', 'parent'];

export function caregiversOf(parties: readonly Party[]): Party[] {
  return parties.filter((party) => caregiverRoles.includes(party.role));
}

/** Family members a disclosure can be about: everyone but professionals and the court. */
export function familyOf(parties: readonly Party[]): Party[] {
  return parties.filter((party) => party.role !== 'professional' && party.role !== 'court');
}
