/**
 * Between the journal's records and the interchange format. Export writes every field, so
 * export → parse → import gives back the same records; import fills what a file left out.
 */
import type { CaseWithEntries } from './case';
import type { Entry, EntryContent } from './entry';
import type { CourtReport } from './report/report';
import { reportsToInterchange } from './report/reportInterchange';
import {
  interchangeFormat,
  interchangeVersion,
  type InterchangeCase,
  type InterchangeDocument,
  type InterchangeEntry,
  type InterchangeEntryContent,
} from './interchangeSchema';

/** What import needs from outside: a clock and an id source, injected so tests are repeatable. */
export interface ImportContext {
  /** The current time as an ISO timestamp. */
  now: () => string;
  /** A new, unused record id. */
  newId: () => string;
}

/** The interchange document for these cases, every field included; `reportsOf` gives each case's court reports. */
export function toInterchange(
  cases: readonly CaseWithEntries[],
  reportsOf: (caseId: string) => readonly CourtReport[] = () => [],
): InterchangeDocument {
  return {
    format: interchangeFormat,
    version: interchangeVersion,
    cases: cases.map((journalCase) => caseToInterchange(journalCase, reportsOf(journalCase.id))),
  };
}

function caseToInterchange(journalCase: CaseWithEntries, reports: readonly CourtReport[]): InterchangeCase {
  // Keys in the documented order, so exported files read (and diff) the same way every time.
  return plain({
    id: journalCase.id,
    alias: journalCase.alias,
    reference: journalCase.reference,
    program: journalCase.program,
    status: journalCase.status,
    phase: journalCase.phase,
    phaseHistory: journalCase.phaseHistory,
    openedAt: journalCase.openedAt,
    closedAt: journalCase.closedAt,
    parties: journalCase.parties,
    goals: journalCase.goals,
    sessionPlan: journalCase.sessionPlan,
    attendance: journalCase.attendance,
    warningDecisions: journalCase.warningDecisions,
    goalScales: journalCase.goalScales,
    goalReviews: journalCase.goalReviews,
    supervisions: journalCase.supervisions,
    entries: journalCase.entries.map(entryToInterchange),
    ...reportsToInterchange(reports),
    createdAt: journalCase.createdAt,
    updatedAt: journalCase.updatedAt,
  });
}

function entryToInterchange(entry: Entry): InterchangeEntry {
  return plain({
    id: entry.id,
    ...orderedContent(entry),
    history: entry.history.map((revision) => ({
      editedAt: revision.editedAt,
      reason: revision.reason,
      previous: orderedContent(revision.previous),
    })),
    createdAt: entry.createdAt,
    updatedAt: entry.updatedAt,
  });
}

function orderedContent(content: EntryContent): EntryContent {
  return {
    sessionDate: content.sessionDate,
    phase: content.phase,
    modality: content.modality,
    attendees: content.attendees,
    sections: content.sections,
    promptAnswers: content.promptAnswers,
    tensions: content.tensions,
    relationships: content.relationships,
    strategies: content.strategies,
    ratings: content.ratings,
    feelings: content.feelings,
    feelingsVisibility: content.feelingsVisibility,
    feelingNote: content.feelingNote,
    supervisionQuestions: content.supervisionQuestions,
    supervisionOf: content.supervisionOf,
  };
}

/** A deep copy as JSON would carry it: fields set to undefined are left out. */
function plain<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** The journal records for a parsed interchange document, with defaults for what it left out. */
export function fromInterchange(document: InterchangeDocument, context: ImportContext): CaseWithEntries[] {
  return document.cases.map((journalCase) => caseFromInterchange(journalCase, context));
}

function caseFromInterchange(source: InterchangeCase, context: ImportContext): CaseWithEntries {
  const now = context.now();
  const phaseHistory = source.phaseHistory ?? [];
  return plain({
    id: source.id ?? context.newId(),
    alias: source.alias,
    reference: source.reference,
    program: source.program,
    status: source.status ?? (source.closedAt === undefined ? 'open' : 'closed'),
    phase: source.phase,
    phaseHistory,
    openedAt: source.openedAt ?? openingDate(source, now),
    closedAt: source.closedAt,
    parties: source.parties.map((party) => ({ ...party, aliases: party.aliases ?? [] })),
    goals: (source.goals ?? []).map((goal) => ({
      ...goal,
      agreedWith: goal.agreedWith ?? [],
      status: goal.status ?? (goal.agreedAt === undefined ? 'proposed' : 'agreed'),
    })),
    sessionPlan: source.sessionPlan,
    attendance: source.attendance?.map((record) => ({
      ...record,
      noteVisibility: record.noteVisibility ?? 'private',
      createdAt: record.createdAt ?? now,
      updatedAt: record.updatedAt ?? record.createdAt ?? now,
    })),
    warningDecisions: source.warningDecisions,
    goalScales: source.goalScales?.map((scale) => ({
      ...scale,
      createdAt: scale.createdAt ?? now,
      updatedAt: scale.updatedAt ?? scale.createdAt ?? now,
    })),
    goalReviews: source.goalReviews?.map((review) => ({
      ...review,
      createdAt: review.createdAt ?? now,
      updatedAt: review.updatedAt ?? review.createdAt ?? now,
    })),
    supervisions: source.supervisions,
    entries: source.entries.map((entry) => entryFromInterchange(entry, now)),
    createdAt: source.createdAt ?? now,
    updatedAt: source.updatedAt ?? now,
  });
}

/** When a file gives no opening date: the first phase change, else the first session, else today. */
function openingDate(source: InterchangeCase, now: string): string {
  const dates = [
    ...(source.phaseHistory ?? []).map((change) => change.changedAt),
    ...source.entries.map((entry) => entry.sessionDate),
  ].sort();
  return dates[0] ?? now.slice(0, 10);
}

function entryFromInterchange(source: InterchangeEntry, now: string): Entry {
  const createdAt = source.createdAt ?? now;
  return {
    id: source.id,
    ...contentFromInterchange(source),
    history: (source.history ?? []).map((revision) => ({
      editedAt: revision.editedAt,
      ...(revision.reason === undefined ? {} : { reason: revision.reason }),
      previous: contentFromInterchange(revision.previous),
    })),
    createdAt,
    updatedAt: source.updatedAt ?? createdAt,
  };
}

function contentFromInterchange(source: InterchangeEntryContent): EntryContent {
  return plain({
    sessionDate: source.sessionDate,
    phase: source.phase,
    modality: source.modality,
    attendees: source.attendees ?? [],
    sections: source.sections,
    promptAnswers: source.promptAnswers ?? [],
    tensions: (source.tensions ?? []).map((tension) => ({
      ...tension,
      indicators: tension.indicators ?? [],
      parties: tension.parties ?? [],
      rupture: tension.rupture ?? 'none',
      repairSteps: tension.repairSteps ?? [],
    })),
    relationships: source.relationships ?? [],
    strategies: (source.strategies ?? []).map((use) => ({ ...use, outcome: use.outcome ?? 'unknown' })),
    ratings: source.ratings ?? {},
    feelings: source.feelings ?? [],
    feelingsVisibility: source.feelingsVisibility ?? 'private',
    feelingNote: source.feelingNote,
    supervisionQuestions: source.supervisionQuestions ?? [],
    supervisionOf: source.supervisionOf,
  });
}
