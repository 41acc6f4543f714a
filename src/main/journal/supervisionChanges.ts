/**
 * What recording a supervision and updating an agreed action do to a case. A part is added, never
 * replaced; an action's status changes only by a new update at the end of its history, so what
 * was agreed and what followed can always be read back.
 */
import type { CaseWithEntries } from '../../shared/domain/case';
import { openAgreedActions, type CaseSupervision } from '../../shared/domain/supervision';
import { AppError } from '../../shared/ipc/result';
import type { CaseSummary } from '../../shared/journal/caseSummary';
import type {
  OpenAction,
  RecordSupervisionRequest,
  SupervisionMeetings,
  UpdateAgreedActionRequest,
} from '../../shared/journal/supervisionRequests';

const blankToUndefined = (text: string | undefined) => (text === undefined || text.trim() === '' ? undefined : text);

export function withSupervision(
  current: CaseWithEntries,
  request: RecordSupervisionRequest,
  newId: () => string,
  now: Date,
  today: string,
): { next: CaseWithEntries; part: CaseSupervision } {
  if (request.heldOn > today) {
    throw new AppError('invalid-request', `A supervision is recorded once held: ${request.heldOn} is after today.`);
  }
  const timestamp = now.toISOString();
  const discussed = blankToUndefined(request.discussed);
  const remarks = blankToUndefined(request.remarks);
  const briefs = [
    ...new Set([...request.briefs, ...(request.returned === undefined ? [] : [request.returned.exportId])]),
  ];
  const part: CaseSupervision = {
    id: newId(),
    supervisionId: request.supervisionId ?? newId(),
    heldOn: request.heldOn,
    supervisor: request.supervisor.trim(),
    kind: request.kind,
    briefs,
    ...(discussed === undefined ? {} : { discussed }),
    ...(remarks === undefined ? {} : { remarks }),
    visibility: request.visibility,
    actions: request.actions.map((action) => ({
      id: newId(),
      what: action.what.trim(),
      ...(action.due === undefined ? {} : { due: action.due }),
      status: 'open' as const,
      updates: [],
    })),
    returned: request.returned === undefined ? [] : [{ ...request.returned, importedAt: timestamp }],
    recordedAt: timestamp,
    updatedAt: timestamp,
  };
  const next = { ...current, supervisions: [...(current.supervisions ?? []), part], updatedAt: timestamp };
  return { next, part };
}

export function withActionUpdate(
  current: CaseWithEntries,
  request: UpdateAgreedActionRequest,
  now: Date,
  today: string,
): { next: CaseWithEntries; part: CaseSupervision } {
  const supervisions = current.supervisions ?? [];
  const index = supervisions.findIndex((part) => part.actions.some((action) => action.id === request.actionId));
  const found = supervisions[index];
  if (found === undefined) {
    throw new AppError('invalid-request', `The case has no agreed action ${request.actionId}.`);
  }
  if (request.on < found.heldOn || request.on > today) {
    throw new AppError(
      'invalid-request',
      `The update's date must be between the supervision (${found.heldOn}) and today (${today}).`,
    );
  }
  const timestamp = now.toISOString();
  const note = blankToUndefined(request.note);
  const part: CaseSupervision = {
    ...found,
    actions: found.actions.map((action) =>
      action.id !== request.actionId
        ? action
        : {
            ...action,
            status: request.status,
            updates: [
              ...action.updates,
              {
                status: request.status,
                ...(note === undefined ? {} : { note }),
                on: request.on,
                recordedAt: timestamp,
              },
            ],
          },
    ),
    updatedAt: timestamp,
  };
  const next = {
    ...current,
    supervisions: supervisions.map((each, at) => (at === index ? part : each)),
    updatedAt: timestamp,
  };
  return { next, part };
}

/** The case's actions still open, for the home queue and the CLI (`actionOrder` sorts them). */
export function openActionsOf(journalCase: CaseWithEntries): OpenAction[] {
  return openAgreedActions(journalCase.supervisions).map(({ part, action }) => ({
    caseId: journalCase.id,
    caseAlias: journalCase.alias,
    actionId: action.id,
    what: action.what,
    ...(action.due === undefined ? {} : { due: action.due }),
    agreedOn: part.heldOn,
    supervisor: part.supervisor,
  }));
}

/** The meetings a case has a part of. */
export function meetingIdsOf(journalCase: CaseWithEntries): string[] {
  return [...new Set((journalCase.supervisions ?? []).map((part) => part.supervisionId))];
}

/** For each meeting of `caseId` that touched other cases, those cases (by alias). */
export function othersInMeetings(
  cases: readonly { summary: CaseSummary; result: readonly string[] }[],
  caseId: string,
): SupervisionMeetings {
  const own = cases.find(({ summary }) => summary.id === caseId)?.result ?? [];
  const meetings = own.map((supervisionId) => ({
    supervisionId,
    others: cases
      .filter(({ summary, result }) => summary.id !== caseId && result.includes(supervisionId))
      .map(({ summary }) => ({ caseId: summary.id, alias: summary.alias })),
  }));
  return { meetings: meetings.filter((meeting) => meeting.others.length > 0) };
}
