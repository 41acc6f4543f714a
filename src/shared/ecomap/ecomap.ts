/** An ecomap as data: what the chart draws, the table lists and the brief prints. */
import type { PartyRole, RelationshipQuality, SystemicRelationship } from '../domain/taxonomy';
import type { EcomapPeriod } from './input';

/**
 * How a line is drawn. `strong` and `strained` are the journal's own qualities; `mixed` is a
 * party noted strong in some sessions and strained in others in the period. The journal has no
 * "tenuous" quality, so no line is ever called tenuous: a weak tie cannot be told apart from one
 * nobody wrote about.
 */
export const lineQualities = ['strong', 'strained', 'mixed', 'no-data'] as const;
export type LineQuality = (typeof lineQualities)[number];

/**
 * Why a line has no data although the party is in the case: its role has no relationship with
 * the child in the journal's list (a relative, the court, another party), or notes on its
 * relationship exist but name a role several parties share, so they cannot be tied to this one.
 */
export const noDataReasons = ['no-notes', 'no-relationship-for-role', 'role-shared'] as const;
export type NoDataReason = (typeof noDataReasons)[number];

/** One party around the child and its line. */
export interface EcomapLine {
  partyId: string;
  role: PartyRole;
  /** The primary relationship the line stands for; undefined when the role has none. */
  relationship?: SystemicRelationship;
  quality: LineQuality;
  /** Sessions in the period with this relationship noted strong for this party. */
  strongSessions: number;
  /** Sessions with it noted strained, or with a tension in it that names this party. */
  strainedSessions: number;
  /** Sessions behind the line: each counted once, even when noted both ways. */
  sessions: number;
  noDataReason?: NoDataReason;
}

/**
 * Why some relationship notes are on no line: a secondary relationship (it does not touch the
 * child), professional–child (it may be the practitioner's own, who is no party of the case), a
 * role several parties share, or a role no party of the case has.
 */
export const unplacedReasons = ['secondary', 'practitioner-or-professional', 'role-shared', 'no-party'] as const;
export type UnplacedReason = (typeof unplacedReasons)[number];

/** Notes of one relationship that no line could carry, counted by sessions as the lines are. */
export interface UnplacedNotes {
  relationship: SystemicRelationship;
  reason: UnplacedReason;
  strongSessions: number;
  strainedSessions: number;
}

export interface Ecomap {
  period: EcomapPeriod;
  /** Sessions in the period. */
  sessions: number;
  /** The children of the case, together at the centre (the journal does not say which child a note is about). */
  centre: string[];
  /** One line per party who is not a child, in the case's order of parties. */
  lines: EcomapLine[];
  unplaced: UnplacedNotes[];
}

export type { RelationshipQuality };
