/**
 * From a case and the practitioner's choices to a brief's model: the sessions of the period and
 * phases chosen, reduced to what may reach a supervisor (`sharedContent`), de-identified, and
 * scanned for capitalised words that could still be names.
 */
import type { CaseWithEntries } from '../../domain/case';
import { phases as phaseOrder, type Phase } from '../../domain/taxonomy';
import type { DoubtfulWord, Replacement } from '../deidentify/deidentifier';
import { briefDeidentifier, type ReviewDecisions } from './briefDeidentifier';
import type { ReplacementKind } from '../deidentify/markers';
import { isGivenName, monthUsedAsName } from '../deidentify/givenNameWords';
import { allMarkers } from '../deidentify/markers';
import { createPlaceScan } from '../deidentify/placeScan';
import type { PseudonymAssignment } from '../deidentify/pseudonyms';
import { createWarningScan, type Lexicon, type NameWarning } from '../deidentify/warnings';
import { fold } from '../../text/normalize';
import type { BriefLanguage } from '../language';
import { allianceSection } from './allianceSummary';
import { attendanceSection } from './attendanceSummary';
import { ecomapSection } from './ecomapSummary';
import { goalsSection, scaledGoalTexts } from './goalSummary';
import type { BriefModel, DeidentificationSummary, ExcerptItem, QuestionItem, StateItem } from './briefModel';
import { briefParts, type BriefPart } from './briefParts';
import { sharedContent, type SharedEntry } from './sharedContent';
import { sinceSupervision } from './supervisionSummary';
import { ruptureSessions, tensionSection } from './tensionSummary';

export interface BriefChoices {
  language: BriefLanguage;
  /** First session date included (inclusive); undefined from the start. */
  from?: string;
  /** Last session date included (inclusive); undefined up to `producedOn`. */
  to?: string;
  /** Undefined or empty: every phase. */
  phases?: readonly Phase[];
  /** Undefined: every part. */
  parts?: readonly BriefPart[];
}

export interface BriefInput {
  journalCase: CaseWithEntries;
  choices: BriefChoices;
  /** Today, `YYYY-MM-DD`. */
  producedOn: string;
  /** The pseudonyms already given (from the export log). */
  pseudonyms: readonly PseudonymAssignment[];
  safeWords: readonly string[];
  lexicon: Lexicon;
  /** What the practitioner decided in earlier reviews of this case's briefs (from the export log). */
  decisions?: Partial<ReviewDecisions>;
}

export type { ReviewDecisions };

/** The sessions a brief covers, oldest first (same-day sessions in case order). */
export function entriesInPeriod(journalCase: CaseWithEntries, choices: BriefChoices, producedOn: string) {
  const to = choices.to ?? producedOn;
  const wanted = choices.phases === undefined || choices.phases.length === 0 ? undefined : new Set(choices.phases);
  return journalCase.entries
    .map((entry, index) => ({ entry, index }))
    .filter(({ entry }) => (choices.from === undefined || entry.sessionDate >= choices.from) && entry.sessionDate <= to)
    .filter(({ entry }) => wanted === undefined || wanted.has(entry.phase))
    .sort((a, b) => a.entry.sessionDate.localeCompare(b.entry.sessionDate) || a.index - b.index)
    .map(({ entry }) => entry);
}

/** The brief's model: what the writers print and the preview lists (replacements, warnings). */
export function buildBrief(input: BriefInput): BriefModel {
  const { journalCase, choices, producedOn } = input;
  const entries: SharedEntry[] = entriesInPeriod(journalCase, choices, producedOn).map(sharedContent);
  const { deidentifier, pseudonyms, others, customLabels } = briefDeidentifier(input);
  const scan = createWarningScan({
    lexicon: input.lexicon,
    safeWords: input.safeWords,
    pseudonyms: [...deidentifier.pseudonyms, ...others.map((other) => other.pseudonym)],
    markers: allMarkers,
    isGivenName,
    isCalendarName: (text, index, word) => monthUsedAsName(text, index, word, choices.language),
  });
  const kept = (input.decisions?.places ?? []).filter((place) => place.decision === 'keep').map((place) => place.text);
  const places = createPlaceScan(kept, choices.language);
  const party = (partyId: string) => deidentifier.pseudonymOf(partyId);
  // The brief's texts go through de-identification in one batch, much quicker than one after
  // another: a first walk collects them in the order the brief reads them, a second takes their
  // results. The batch tallies in that same order, so the preview's counts are those of one at a time.
  const inputs: string[] = [];
  const until = choices.to ?? producedOn;
  readBriefTexts(journalCase, entries, until, {
    party,
    text: (value) => {
      inputs.push(value);
      return value;
    },
  });
  const outputs = new Map<string, string>();
  for (const [index, { text }] of deidentifier.texts(inputs).entries()) {
    const input = inputs[index] ?? '';
    if (!outputs.has(input)) outputs.set(input, text);
    scan.scan(text);
    places.scan(text);
  }
  const { caseLabel, questions, state, excerpts, ruptures, goalTexts, supervision } = readBriefTexts(
    journalCase,
    entries,
    until,
    {
      party,
      text: (value) => outputs.get(value) ?? deidentifier.text(value),
    },
  );
  const tensions = tensionSection(entries, ruptures);
  const alliance = allianceSection(entries, party);
  const attendance = attendanceSection(journalCase, entries, choices, choices.to ?? producedOn);
  const goals = goalsSection(journalCase, choices, choices.to ?? producedOn, (goalId) => goalTexts.get(goalId));
  const ecomap = ecomapSection(journalCase, entries, party);
  const dates = entries.map((entry) => entry.sessionDate);
  const used = new Set(deidentifier.replacements().map((replacement) => replacement.replacement));

  return {
    language: choices.language,
    ...(supervision === undefined ? {} : { sinceSupervision: supervision }),
    facts: {
      caseLabel,
      period: { from: choices.from ?? dates[0] ?? journalCase.openedAt, to: choices.to ?? producedOn },
      phases: phaseOrder.filter((phase) => entries.some((entry) => entry.phase === phase)),
      sessions: entries.length,
      sessionsWithAbsences: entries.filter((entry) =>
        entry.tensions.some((tension) => tension.indicators.includes('repeated-absences')),
      ).length,
      producedOn,
      pseudonymExamples: deidentifier.pseudonyms.filter((label) => used.has(label)).slice(0, 3),
    },
    parts: briefParts.filter((part) => choices.parts === undefined || choices.parts.includes(part)),
    questions,
    alliance,
    ...(attendance === undefined ? {} : { attendance }),
    ...(goals === undefined ? {} : { goals }),
    ...(ecomap === undefined ? {} : { ecomap }),
    tensions,
    state,
    excerpts,
    replacements: deidentifier.replacements(),
    partyPseudonyms: journalCase.parties.map((each) => ({
      partyId: each.id,
      label: deidentifier.pseudonymOf(each.id) ?? '',
      custom: customLabels.has(each.id),
    })),
    places: places.warnings(),
    summary: summaryOf(deidentifier.replacements(), scan.safeWordsSeen()),
    warnings: [...listedNameWarnings(deidentifier.doubtful(), input.safeWords), ...scan.warnings()],
    pseudonyms,
  };
}

/** The parts of a brief that hold the practitioner's texts, each text through `text`; nothing else is computed here, since `buildBrief` walks them twice. */
export function readBriefTexts(
  journalCase: CaseWithEntries,
  entries: readonly SharedEntry[],
  until: string,
  deidentify: { text: (value: string) => string; party: (partyId: string) => string | undefined },
) {
  const { text, party } = deidentify;
  const caseLabel = text(journalCase.alias);
  const questions: QuestionItem[] = entries.flatMap((entry) =>
    entry.supervisionQuestions.map((question) => ({
      date: entry.sessionDate,
      phase: entry.phase,
      text: text(question),
    })),
  );
  const state: StateItem[] = entries.flatMap((entry) =>
    entry.feelings.length === 0 && entry.feelingNote === undefined
      ? []
      : [
          {
            date: entry.sessionDate,
            phase: entry.phase,
            feelings: entry.feelings,
            ...(entry.feelingNote === undefined ? {} : { note: text(entry.feelingNote) }),
          },
        ],
  );
  const excerpts: ExcerptItem[] = entries.flatMap((entry) =>
    entry.sections.map((section) => {
      const by = section.statementBy;
      const statementBy = by === undefined ? undefined : 'partyId' in by ? party(by.partyId) : text(by.name);
      const reportable = section.visibility === 'reportable';
      return {
        date: entry.sessionDate,
        phase: entry.phase,
        title: text(section.title),
        visibility: reportable ? 'reportable' : 'supervision',
        ...(reportable && section.statementType !== undefined ? { statementType: section.statementType } : {}),
        ...(reportable && statementBy !== undefined ? { statementBy } : {}),
        text: text(section.text),
      };
    }),
  );
  const ruptures = ruptureSessions(entries, { text, party });
  // The scaled goals' descriptions, read last so the other texts keep their order in the batch.
  const goalTexts = new Map(scaledGoalTexts(journalCase).map((goal) => [goal.goalId, text(goal.description)]));
  const supervision = sinceSupervision(journalCase, until, text);
  return { caseLabel, questions, state, excerpts, ruptures, goalTexts, supervision };
}

/** Listed names left in place as ordinary words, first in the warnings: the practitioner says which they are. */
function listedNameWarnings(doubtful: readonly DoubtfulWord[], safeWords: readonly string[]): NameWarning[] {
  const safe = new Set(safeWords.map(fold));
  return doubtful
    .filter((word) => !safe.has(fold(word.word)))
    .map((word) => ({ ...word, reason: 'listed-name' as const }));
}

/** Counts per kind of what was replaced; the first page prints them. */
function summaryOf(replacements: readonly Replacement[], acceptedAsSafe: number): DeidentificationSummary {
  const replaced: Partial<Record<ReplacementKind, number>> = {};
  for (const replacement of replacements)
    replaced[replacement.kind] = (replaced[replacement.kind] ?? 0) + replacement.count;
  return { replaced, acceptedAsSafe };
}
