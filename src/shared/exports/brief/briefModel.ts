/**
 * A supervision brief as data: already de-identified, already free of private text. Every
 * writer (Markdown, HTML, DOCX) prints this and nothing else, so what the preview shows is what
 * is exported.
 */
import type { ChartEntry, ElementRatings, TensionCounts } from '../../charts/chartData';
import type {
  Feeling,
  Phase,
  RepairStep,
  RuptureKind,
  SectionVisibility,
  StatementType,
  Strategy,
  StrategyKind,
  StrategyOutcome,
  SystemicRelationship,
  TensionIndicator,
  TensionIntensity,
  TensionType,
} from '../../domain/taxonomy';
import type { Ecomap } from '../../ecomap/ecomap';
import type { Replacement } from '../deidentify/deidentifier';
import type { ReplacementKind } from '../deidentify/markers';
import type { PseudonymAssignment } from '../deidentify/pseudonyms';
import type { NameWarning } from '../deidentify/warnings';
import type { PlaceWarning } from '../deidentify/placeScan';
import type { BriefLanguage } from '../language';
import type { BriefPart } from './briefParts';
import type { SinceSupervision } from './supervisionSummary';

/** The first page. */
export interface BriefFacts {
  /** The case's alias, de-identified. */
  caseLabel: string;
  period: { from: string; to: string };
  /** The phases of the sessions included, in the order a case goes through them. */
  phases: Phase[];
  /** Reflections in the period: one per session held. */
  sessions: number;
  /** Sessions with a tension showing the "repeated absences" sign (the journal has no "missed" session). */
  sessionsWithAbsences: number;
  producedOn: string;
  /** Two or three pseudonyms used in the brief, as examples for the notice on the first page. */
  pseudonymExamples: string[];
  /** The reference the exported file carries (`SB-…`), given when it is written; none in the preview. */
  reference?: string;
}

export interface QuestionItem {
  date: string;
  phase: Phase;
  text: string;
}

/** Mean ratings of the sessions of one phase (or of the whole period when `phase` is undefined). */
export interface AllianceRow {
  phase?: Phase;
  sessions: number;
  practitioner?: ElementRatings;
  caregiver?: ElementRatings;
  ruptures: number;
}

export interface AllianceSection {
  rows: AllianceRow[];
  /** What the chart draws: dates, phases, ratings, rupture kinds; no text at all. */
  chartSource: ChartEntry[];
  /** The pseudonym of the caregiver who rated, when one person gave every caregiver rating. */
  caregiver?: string;
}

export interface PhaseTensions {
  phase: Phase;
  tensions: number;
  ruptures: number;
  indicators: { indicator: TensionIndicator; count: number }[];
}

export interface StrategyItem {
  kind: StrategyKind;
  strategy: Strategy;
  outcome: StrategyOutcome;
  note?: string;
}

/** A rupture noted in a session. */
export interface RuptureItem {
  type: TensionType;
  kind: Exclude<RuptureKind, 'none'>;
  intensity: TensionIntensity;
  parties: string[];
  relationship?: SystemicRelationship;
  repairSteps: RepairStep[];
  note?: string;
}

/** A session with ruptures, and the strategies tried in it (strategies belong to the session, not to one tension). */
export interface RuptureSession {
  date: string;
  phase: Phase;
  ruptures: RuptureItem[];
  strategies: StrategyItem[];
}

export interface StrategyTally {
  kind: StrategyKind;
  strategy: Strategy;
  uses: number;
  outcomes: Record<StrategyOutcome, number>;
}

export interface TensionSection {
  byPhase: PhaseTensions[];
  counts: TensionCounts;
  ruptures: RuptureSession[];
  strategies: StrategyTally[];
}

export interface StateItem {
  date: string;
  phase: Phase;
  feelings: Feeling[];
  note?: string;
}

export interface ExcerptItem {
  date: string;
  phase: Phase;
  title: string;
  visibility: Exclude<SectionVisibility, 'private'>;
  statementType?: StatementType;
  /** Whose allegation or opinion, as a pseudonym. */
  statementBy?: string;
  /** Markdown. */
  text: string;
}

import type { AttendanceRow } from './attendanceSummary';
import type { GoalsSection } from './goalSummary';

/**
 * The family's ecomap over the brief's sessions: the map (qualities and counts of sessions, no
 * text) and each party on it by pseudonym. The party ids stay inside the model; no writer prints them.
 */
export interface BriefEcomap {
  map: Ecomap;
  /** Every party of the case by its pseudonym, in case order. */
  parties: { partyId: string; label: string }[];
}

export interface BriefModel {
  language: BriefLanguage;
  facts: BriefFacts;
  /** Opens the brief after a supervision, or when warnings wait for one; undefined otherwise. */
  sinceSupervision?: SinceSupervision;
  parts: BriefPart[];
  questions: QuestionItem[];
  alliance: AllianceSection;
  /** Sessions held, missed and cancelled, by phase then for the whole period; undefined when none was recorded. */
  attendance?: AttendanceRow[];
  /** Goal attainment at the reviews of the period; undefined when it holds none. */
  goals?: GoalsSection;
  /** Undefined when the case has no one besides the child (nothing to draw around it). */
  ecomap?: BriefEcomap;
  tensions: TensionSection;
  state: StateItem[];
  excerpts: ExcerptItem[];
  /** What de-identification replaced, for the preview (never printed in the brief). */
  replacements: Replacement[];
  /** Capitalised words left that could be names, for the preview. */
  warnings: NameWarning[];
  /** Places left that could identify the family, for the preview. */
  places: PlaceWarning[];
  /** The pseudonyms used, to keep with the export log so the next brief uses the same ones. */
  pseudonyms: PseudonymAssignment[];
  /** Each party's pseudonym in this brief's language, and whether the practitioner wrote it. */
  partyPseudonyms: PartyPseudonym[];
  /** How much de-identification did, in counts only, for the first page and the preview. */
  summary: DeidentificationSummary;
}

export interface PartyPseudonym {
  partyId: string;
  label: string;
  custom: boolean;
}

/** Counts of what was replaced by kind, and of the safe-marked words the brief still holds. */
export interface DeidentificationSummary {
  replaced: Partial<Record<ReplacementKind, number>>;
  /** Distinct words the practitioner marked as safe that appear in the brief. */
  acceptedAsSafe: number;
}
