/**
 * Every controlled list of the journal. Ids are stable English kebab-case: they are stored in
 * vaults and interchange files, so an id is never renamed; labels live in the renderer's locales.
 */
import { feelingTones, feelings } from './feelings';
import { phaseDeciders, phases } from './phases';
import { promptIds } from './prompts';
import {
  attendanceStatuses,
  caseStatuses,
  defaultSectionKeys,
  goalStatuses,
  sectionVisibilities,
  sessionFrequencies,
  sessionModalities,
  statementTypes,
} from './records';
import { repairSteps, ruptureKinds } from './ruptures';
import { strategies, strategyKinds, strategyOutcomes } from './strategies';
import { partyRoles, relationshipLevels, relationshipQualities, systemicRelationships } from './system';
import { tensionGroups, tensionIndicators, tensionTypes } from './tensions';

export * from './feelings';
export * from './phases';
export * from './prompts';
export * from './records';
export * from './ruptures';
export * from './strategies';
export * from './system';
export * from './tensions';

/** Each labelled list by name: the locales must give every id in it a label. */
export const taxonomy = {
  phases,
  phaseDeciders,
  prompts: promptIds,
  tensionGroups,
  tensionTypes,
  tensionIndicators,
  ruptureKinds,
  repairSteps,
  feelingTones,
  feelings,
  strategyKinds,
  strategies,
  strategyOutcomes,
  sessionModalities,
  attendanceStatuses,
  sessionFrequencies,
  partyRoles,
  relationshipLevels,
  systemicRelationships,
  relationshipQualities,
  sectionVisibilities,
  statementTypes,
  goalStatuses,
  caseStatuses,
  defaultSections: defaultSectionKeys,
} as const;

export type Taxonomy = typeof taxonomy;
export type TaxonomyList = keyof Taxonomy;

/** A label for every id of every list, the shape each locale's taxonomy labels must have. */
export type TaxonomyLabels = { [List in TaxonomyList]: Record<Taxonomy[List][number], string> };
