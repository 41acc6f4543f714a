/**
 * What each case command does to a case, as pure functions of the case, the request and the
 * time. The journal service reads, applies one of these, checks and saves.
 */
import type { Case, CaseWithEntries } from '../../shared/domain/case';
import { AppError } from '../../shared/ipc/result';
import type {
  ChangePhaseRequest,
  CreateCaseRequest,
  SetCaseStatusRequest,
  UpdateCaseRequest,
} from '../../shared/journal/requestTypes';
import { attainmentForGoals } from './goalAttainmentChanges';
import { describePartyReferences } from './partyReferences';

/** A new open case whose phase history starts with its first phase, on the day it opened. */
export function newCase(request: CreateCaseRequest, id: string, now: Date): CaseWithEntries {
  const timestamp = now.toISOString();
  return {
    id,
    alias: request.alias.trim(),
    ...(request.reference === undefined ? {} : { reference: request.reference }),
    ...(request.program === undefined ? {} : { program: request.program }),
    status: 'open',
    phase: request.phase,
    phaseHistory: [{ phase: request.phase, changedAt: request.openedAt, decidedBy: 'practitioner' }],
    openedAt: request.openedAt,
    parties: request.parties,
    goals: request.goals,
    entries: [],
    createdAt: timestamp,
    updatedAt: timestamp,
  };
}

/**
 * The case with the fields given changed: `null` clears reference or program, parties and goals
 * are replaced whole. A party still referred to by a reflection or a goal cannot be removed.
 */
export function updatedCase(current: CaseWithEntries, request: UpdateCaseRequest, now: Date): CaseWithEntries {
  let next: CaseWithEntries = { ...current, updatedAt: now.toISOString() };
  if (request.alias !== undefined) next.alias = request.alias.trim();
  if (request.reference === null) delete next.reference;
  else if (request.reference !== undefined) next.reference = request.reference;
  if (request.program === null) delete next.program;
  else if (request.program !== undefined) next.program = request.program;
  if (request.goals !== undefined) next = attainmentForGoals({ ...next, goals: request.goals });
  if (request.openedAt !== undefined) next = withOpeningDate(next, request.openedAt);
  if (request.sessionPlan === null) delete next.sessionPlan;
  else if (request.sessionPlan !== undefined) next.sessionPlan = request.sessionPlan;
  if (request.parties !== undefined) {
    const kept = new Set(request.parties.map((party) => party.id));
    for (const party of current.parties) {
      if (kept.has(party.id)) continue;
      const places = describePartyReferences(next, party.id);
      if (places.length > 0) {
        throw new AppError(
          'invalid-request',
          `${party.name} cannot be removed from the case while these still refer to them: ${places.join('; ')}. ` +
            'Change those first, or keep the party.',
        );
      }
    }
    next.parties = request.parties;
  }
  return next;
}

/**
 * The case opened on another day. The first phase, recorded from the day the case opened, moves
 * with it; a later phase change or the closing date cannot come before the new day.
 */
function withOpeningDate(current: CaseWithEntries, openedAt: string): CaseWithEntries {
  const [first, ...rest] = current.phaseHistory;
  const opening = first !== undefined && first.changedAt === current.openedAt;
  const history = opening ? [{ ...first, changedAt: openedAt }, ...rest] : current.phaseHistory;
  const later = (opening ? rest : current.phaseHistory).find((change) => change.changedAt < openedAt);
  if (later !== undefined) {
    throw new AppError(
      'invalid-request',
      `The case cannot open on ${openedAt}: its phase changed on ${later.changedAt}, before that day.`,
    );
  }
  if (current.closedAt !== undefined && current.closedAt < openedAt) {
    throw new AppError(
      'invalid-request',
      `The case cannot open on ${openedAt}, after it closed (${current.closedAt}).`,
    );
  }
  return { ...current, openedAt, phaseHistory: history };
}

/** The case in a new phase, the move appended to its phase history. */
export function withPhaseChange(current: CaseWithEntries, request: ChangePhaseRequest, now: Date): CaseWithEntries {
  if (request.phase === current.phase) {
    throw new AppError('invalid-request', `The case is already in the "${current.phase}" phase.`);
  }
  const last = current.phaseHistory.at(-1);
  const earliest = last === undefined || last.changedAt < current.openedAt ? current.openedAt : last.changedAt;
  if (request.changedAt < earliest) {
    throw new AppError(
      'invalid-request',
      `A phase change cannot be dated before ${earliest}, ${last === undefined ? 'the day the case opened' : 'the last phase change'}.`,
    );
  }
  const change = {
    phase: request.phase,
    changedAt: request.changedAt,
    decidedBy: request.decidedBy,
    ...(request.reason === undefined ? {} : { reason: request.reason }),
  };
  return {
    ...current,
    phase: request.phase,
    phaseHistory: [...current.phaseHistory, change],
    updatedAt: now.toISOString(),
  };
}

/** Closed (with a closing date not before the opening), reopened (no closing date) or archived. */
export function withStatus(current: CaseWithEntries, request: SetCaseStatusRequest, now: Date): CaseWithEntries {
  const next: CaseWithEntries = { ...current, status: request.status, updatedAt: now.toISOString() };
  switch (request.status) {
    case 'closed':
      if (request.closedAt < current.openedAt) {
        throw new AppError(
          'invalid-request',
          `A case cannot close (${request.closedAt}) before it opened (${current.openedAt}).`,
        );
      }
      next.closedAt = request.closedAt;
      break;
    case 'open':
      delete next.closedAt;
      break;
    case 'archived':
      break;
  }
  return next;
}

/** The case without its entries, as the case channels answer. */
export function caseOnly(journalCase: CaseWithEntries): Case {
  const { entries: _entries, ...rest } = journalCase;
  return rest;
}
