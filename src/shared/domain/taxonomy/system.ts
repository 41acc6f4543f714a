/** The people around the child and the relationships between them (the systemic alliance). */

export const partyRoles = ['child', 'parent', 'caregiver', 'relative', 'professional', 'court', 'other'] as const;
export type PartyRole = (typeof partyRoles)[number];

/** Primary relationships touch the child directly; secondary ones do not. */
export const relationshipsByLevel = {
  primary: ['professional-child', 'parent-child', 'caregiver-child'],
  secondary: ['professional-parent', 'professional-caregiver', 'parent-caregiver', 'professional-professional'],
} as const;

export const relationshipLevels = [
  'primary',
  'secondary',
] as const satisfies readonly (keyof typeof relationshipsByLevel)[];
export type RelationshipLevel = (typeof relationshipLevels)[number];

export const systemicRelationships = [...relationshipsByLevel.primary, ...relationshipsByLevel.secondary] as const;
export type SystemicRelationship = (typeof systemicRelationships)[number];

/** Whether a relationship touches the child directly. */
export function levelOfRelationship(relationship: SystemicRelationship): RelationshipLevel {
  return (relationshipsByLevel.primary as readonly SystemicRelationship[]).includes(relationship)
    ? 'primary'
    : 'secondary';
}

/** How a relationship in the system felt in a session. */
export const relationshipQualities = ['strong', 'strained'] as const;
export type RelationshipQuality = (typeof relationshipQualities)[number];
