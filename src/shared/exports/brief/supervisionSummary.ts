/**
 * What opens a brief after a supervision: "Since the last supervision", each action agreed in it
 * with its status and what followed, and the rupture warnings the practitioner has marked "taken
 * to supervision" since. The actions were agreed with the supervisor, so they and their updates
 * go to the supervisor whatever the visibility of the remarks (which never enter a brief); a
 * warning's note only when it is not private. Every text goes through de-identification.
 */
import type { CaseWithEntries } from '../../domain/case';
import type { ActionStatus, CaseSupervision } from '../../domain/supervision';
import type { RuleId } from '../../alliance/warning';

export interface SupervisionActionItem {
  what: string;
  due?: string;
  status: ActionStatus;
  /** What followed, oldest first. */
  updates: { status: ActionStatus; on: string; note?: string }[];
}

export interface SinceSupervision {
  /** Undefined before the case's first supervision: then only the warnings taken to it. */
  heldOn?: string;
  actions: SupervisionActionItem[];
  /** Warnings taken to supervision after it, still in force, oldest first. */
  warnings: { rule: RuleId; sessions: string[]; note?: string }[];
}

/** The last supervision held on or before `until`, the brief's last day. */
export function lastSupervision(journalCase: CaseWithEntries, until: string): CaseSupervision | undefined {
  return (journalCase.supervisions ?? [])
    .filter((part) => part.heldOn <= until)
    .reduce<CaseSupervision | undefined>(
      (last, part) => (last === undefined || part.heldOn >= last.heldOn ? part : last),
      undefined,
    );
}

/** The section, its texts through `text`; undefined when there is neither a supervision nor a warning for one. */
export function sinceSupervision(
  journalCase: CaseWithEntries,
  until: string,
  text: (value: string) => string,
): SinceSupervision | undefined {
  const last = lastSupervision(journalCase, until);
  const actions = (last?.actions ?? []).map((action) => ({
    what: text(action.what),
    ...(action.due === undefined ? {} : { due: action.due }),
    status: action.status,
    updates: action.updates
      .filter((update) => update.on <= until)
      .map((update) => ({
        status: update.status,
        on: update.on,
        ...(update.note === undefined ? {} : { note: text(update.note) }),
      })),
  }));
  // The decision in force for each warning: the last one; taken to supervision after the meeting.
  const inForce = new Map<string, NonNullable<CaseWithEntries['warningDecisions']>[number]>();
  for (const decision of journalCase.warningDecisions ?? []) inForce.set(decision.warningId, decision);
  const warnings = [...inForce.values()]
    .filter((decision) => decision.kind === 'taken-to-supervision')
    .filter((decision) => {
      const day = decision.decidedAt.slice(0, 10);
      return (last === undefined || day > last.heldOn) && day <= until;
    })
    .map((decision) => ({
      rule: decision.rule,
      sessions: decision.sessions.map((session) => session.date),
      ...(decision.note === undefined || decision.noteVisibility === 'private' ? {} : { note: text(decision.note) }),
    }));
  if (last === undefined && warnings.length === 0) return undefined;
  return { ...(last === undefined ? {} : { heldOn: last.heldOn }), actions, warnings };
}
