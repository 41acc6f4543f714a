import { tensionGroupOf, type Phase, type TensionGroup, type TensionType } from '../../../shared/domain/taxonomy';

/** The phase's tension groups and the family ones, plus the group of a type chosen earlier. */
export function tensionGroupsFor(phase: Phase, current?: TensionType): TensionGroup[] {
  const groups: TensionGroup[] = [phase, 'family'];
  if (current !== undefined && !groups.includes(tensionGroupOf(current))) groups.push(tensionGroupOf(current));
  return groups;
}
