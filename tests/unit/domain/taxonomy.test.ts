import { describe, expect, it } from 'vitest';
import {
  feelings,
  kindOfStrategy,
  levelOfRelationship,
  phaseOfPrompt,
  phasePrompts,
  phases,
  promptIds,
  promptsForPhase,
  strategies,
  strategiesByKind,
  strategyKinds,
  systemicRelationships,
  taxonomy,
  tensionGroupOf,
  tensionGroups,
  tensionTypes,
  tensionTypesByGroup,
  tensionTypesForPhase,
  toneOfFeeling,
} from '../../../src/shared/domain/taxonomy';

describe('the taxonomy', () => {
  it.each(Object.entries(taxonomy))('%s has unique kebab-case ids', (_name, ids) => {
    expect(ids.length).toBeGreaterThan(0);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/);
  });

  it('lists every tension type under exactly one group', () => {
    const grouped = tensionGroups.flatMap((group) => tensionTypesByGroup[group]);
    expect([...grouped].sort()).toEqual([...tensionTypes].sort());
    for (const type of tensionTypes) expect(tensionTypesByGroup[tensionGroupOf(type)]).toContain(type);
  });

  it('offers a phase its own tensions, then the family tensions of any phase', () => {
    for (const phase of phases) {
      expect(tensionTypesForPhase(phase)).toEqual([...tensionTypesByGroup[phase], ...tensionTypesByGroup.family]);
    }
    expect(tensionTypesForPhase('start')).toContain('fear-of-losing-children');
    expect(tensionTypesForPhase('start')).not.toContain('worker-change');
    expect(tensionTypesForPhase('closure')).toContain('gender-violence');
  });

  it('lists every strategy under exactly one kind', () => {
    const grouped = strategyKinds.flatMap((kind) => strategiesByKind[kind]);
    expect([...grouped].sort()).toEqual([...strategies].sort());
    expect(kindOfStrategy('warning-court-report')).toBe('counterproductive');
    expect(kindOfStrategy('active-listening')).toBe('alliance-building');
    expect(kindOfStrategy('external-supervision')).toBe('repair');
  });

  it('tells primary relationships, which touch the child, from secondary ones', () => {
    const primary = systemicRelationships.filter((relationship) => levelOfRelationship(relationship) === 'primary');
    expect(primary).toEqual(['professional-child', 'parent-child', 'caregiver-child']);
    for (const relationship of primary) expect(relationship).toMatch(/-child$/);
  });

  it('keeps positive feelings beside the strain ones', () => {
    expect(feelings.filter((feeling) => toneOfFeeling(feeling) === 'positive')).toEqual([
      'hope',
      'satisfaction',
      'closeness',
    ]);
    expect(toneOfFeeling('exhaustion')).toBe('strain');
  });

  it('offers three or four prompts per phase, each resolvable to its phase', () => {
    for (const phase of phases) {
      const prompts = promptsForPhase(phase);
      expect(prompts.length).toBeGreaterThanOrEqual(3);
      expect(prompts.length).toBeLessThanOrEqual(4);
      for (const prompt of prompts) {
        expect(phaseOfPrompt(prompt)).toBe(phase);
        expect(prompt.startsWith(`${phase}-`)).toBe(true);
      }
    }
    expect(promptIds).toHaveLength(Object.values(phasePrompts).flat().length);
  });
});
