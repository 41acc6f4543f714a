/**
 * What the contract declares beside the schemas, applied to the handlers in one place: after a
 * mutation succeeds, activity restarts the auto-lock count, and a change to journal data is
 * announced with the case it belongs to and the reads it made stale.
 */
import { contract, journalStaleOf, type EventPayload, type MethodName } from '../../shared/ipc/contract';
import { methodNames } from '../../shared/ipc/names';
import type { Handlers } from './router';

export interface PolicyEffects {
  activity(): void;
  journalChanged(change: EventPayload<'journalChanged'>): void;
}

export function applyingContractPolicy(handlers: Handlers, effects: PolicyEffects): Handlers {
  const entries = methodNames.map((method) => [method, withPolicy(method, handlers[method], effects)]);
  return Object.fromEntries(entries) as Handlers;
}

function withPolicy(method: MethodName, handler: Handlers[MethodName], effects: PolicyEffects) {
  const definition = contract[method];
  if (definition.kind === 'query') return handler;
  const stale = journalStaleOf(method);
  const call = handler as (request: unknown) => unknown;
  return async (request: unknown) => {
    const response = await call(request);
    if (definition.activity) effects.activity();
    if (stale.length > 0) {
      const caseId = caseIdOf(request) ?? caseIdOf(response);
      effects.journalChanged(caseId === undefined ? { stale } : { caseId, stale });
    }
    return response;
  };
}

/** The case a request or an answer names, if it names one. */
function caseIdOf(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null || !('caseId' in value)) return undefined;
  return typeof value.caseId === 'string' ? value.caseId : undefined;
}
