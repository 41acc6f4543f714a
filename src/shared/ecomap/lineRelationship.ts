/**
 * Which relationship of the systemic alliance a party's line to the child stands for. The journal
 * names relationships by the roles at each end ("parent-child"), never by the people, so only
 * the three primary relationships can be drawn, and only for parties of those roles.
 */
import type { PartyRole, SystemicRelationship } from '../domain/taxonomy';

/** The primary relationships, by the role of the adult at the other end from the child. */
const childRelationshipOfRole: Partial<Record<PartyRole, SystemicRelationship>> = {
  parent: 'parent-child',
  caregiver: 'caregiver-child',
  professional: 'professional-child',
};

/** The relationship a line from this role to the child stands for; undefined for relatives, the court and others. */
export function lineRelationship(role: PartyRole): SystemicRelationship | undefined {
  return childRelationshipOfRole[role];
}

/** The role at the adult end of a primary relationship; undefined for a secondary one. */
export function adultRoleOf(relationship: SystemicRelationship): PartyRole | undefined {
  const found = Object.entries(childRelationshipOfRole).find(([, value]) => value === relationship);
  return found === undefined ? undefined : (found[0] as PartyRole);
}
