/**
 * What a new report can say from the journal before the practitioner writes a word: who the
 * report is about, the intervention so far and the shared goals, each as an editable fact, and
 * the progress on the goals the practitioner rated (`goalProgress`), as their opinion. Each is
 * kept as data (`prefilledFact.ts`), read in the reader's language, and marked "check before
 * sharing" until the practitioner confirms or rewrites it.
 *
 * Sessions with the family are the reflections of meetings with them, counted by the phase each
 * reflection is tagged with (the case's phase history may lag behind the work): a court hearing
 * or a team meeting is counted apart, and a supervision note (an entry about a brief) is not a
 * session at all. Sessions missed or cancelled are counted only from the attendance records the
 * practitioner made; the "repeated absences" sign of a tension is the practitioner's reflexive
 * note, private like every tension, so it is never turned into a fact for the court.
 */
import { countAttendance } from '../../journal/attendanceCounts';
import type { CaseWithEntries } from '../case';
import type { Entry } from '../entry';
import { phases, type StatementType } from '../taxonomy';
import { goalProgress } from './goalProgress';
import type { PrefilledFact } from './prefilledFact';
import type { Statement } from './report';
import type { ReportSectionKind } from './reportTaxonomy';

export interface PrefillInput {
  journalCase: CaseWithEntries;
  /** The court the report goes to, when known. */
  court?: string;
  newId: () => string;
}

/** One fact of the journal: the section it goes in, how the report labels it, the sessions it rests on. */
export interface JournalFact {
  section: ReportSectionKind;
  type: StatementType;
  fact: PrefilledFact;
  citations: string[];
}

type Prefilled = Partial<Record<ReportSectionKind, Statement[]>>;

/** Entries that are not sessions with the family. */
const notWithFamily = new Set(['court-hearing', 'team-meeting']);

export function isSessionWithFamily(entry: Entry): boolean {
  return entry.supervisionOf === undefined && (entry.modality === undefined || !notWithFamily.has(entry.modality));
}

/** The facts the journal and the report's court tell now, in the order a new report states them. */
export function journalFacts(journalCase: CaseWithEntries, court: string | undefined): JournalFact[] {
  const facts: JournalFact[] = [];
  const add = (
    section: ReportSectionKind,
    fact: PrefilledFact,
    citations: string[] = [],
    type: StatementType = 'fact',
  ) => facts.push({ section, type, fact, citations });
  const nameOf = (partyId: string) => journalCase.parties.find((party) => party.id === partyId)?.name ?? partyId;

  const reference = journalCase.reference?.trim();
  if (reference !== undefined && reference !== '') add('identification', { kind: 'reference', reference });
  const courtName = court?.trim();
  if (courtName !== undefined && courtName !== '') add('identification', { kind: 'court', court: courtName });
  for (const party of journalCase.parties) {
    if (party.role === 'child' && party.name.trim() !== '') {
      add('identification', { kind: 'child', partyId: party.id, name: party.name.trim() });
    }
  }

  const entries = [...journalCase.entries].sort((a, b) => a.sessionDate.localeCompare(b.sessionDate));
  const sessions = entries.filter(isSessionWithFamily);
  add('intervention', { kind: 'opened', date: journalCase.openedAt });
  for (const phase of phases) {
    const inPhase = sessions.filter((entry) => entry.phase === phase);
    const first = inPhase[0];
    const last = inPhase.at(-1);
    if (first === undefined || last === undefined) continue;
    add(
      'intervention',
      { kind: 'phase-sessions', phase, count: inPhase.length, first: first.sessionDate, last: last.sessionDate },
      inPhase.map((entry) => entry.id),
    );
  }
  const apart = (modality: string) =>
    entries.filter((entry) => entry.modality === modality && entry.supervisionOf === undefined);
  const hearings = apart('court-hearing');
  const meetings = apart('team-meeting');
  if (hearings.length + meetings.length > 0) {
    add('intervention', { kind: 'other-meetings', hearings: hearings.length, meetings: meetings.length }, [
      ...hearings.map((entry) => entry.id),
      ...meetings.map((entry) => entry.id),
    ]);
  }
  // Only with attendance records: without one, the journal knows of no session missed.
  const records = journalCase.attendance ?? [];
  if (records.length > 0) {
    add(
      'intervention',
      { kind: 'attendance', ...countAttendance(records, sessions.length) },
      sessions.map((entry) => entry.id),
    );
  }

  // The shared goals: those agreed with someone in the family, whatever became of them.
  for (const goal of journalCase.goals) {
    const description = goal.description.trim();
    if (goal.agreedWith.length === 0 || description === '') continue;
    add('goals', {
      kind: 'goal-agreed',
      goalId: goal.id,
      goal: description,
      status: goal.status,
      parties: goal.agreedWith.map(nameOf),
    });
  }
  // Progress from the reviews the practitioner confirmed: their rating, so their opinion.
  for (const progress of goalProgress(journalCase)) add('goals', progress, [], 'opinion');
  return facts;
}

/** The journal's facts as the statements of a new report, by section, each to be checked before sharing. */
export function prefillFromJournal(input: PrefillInput): Prefilled {
  const prefilled: Prefilled = {};
  for (const { section, type, fact, citations } of journalFacts(input.journalCase, input.court)) {
    const statement: Statement = { id: input.newId(), text: '', type, citations, fact, check: 'new' };
    (prefilled[section] ??= []).push(statement);
  }
  return prefilled;
}
