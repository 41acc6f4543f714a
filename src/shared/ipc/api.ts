/**
 * The API the preload exposes as `window.alianza`: one named function per contract method, and
 * one named subscription per event (`onVaultLocked(listener)` returns its own unsubscribe).
 */
import type { EventName, EventPayload, MethodName, RequestOf, ResponseOf } from './contract';
import type { SubscriptionName } from './names';
import type { Result } from './result';

type Method<M extends MethodName> =
  RequestOf<M> extends undefined
    ? () => Promise<Result<ResponseOf<M>>>
    : (request: RequestOf<M>) => Promise<Result<ResponseOf<M>>>;

/** A listener gets the payload only, never the IPC event (which carries the sender). */
export type Subscription<E extends EventName> = (listener: (payload: EventPayload<E>) => void) => () => void;

export type AlianzaMethods = { [M in MethodName]: Method<M> };
export type AlianzaEvents = { [E in EventName as SubscriptionName<E>]: Subscription<E> };
export type AlianzaApi = AlianzaMethods & AlianzaEvents;

/** The global name under which the API is exposed to the renderer. */
export const apiGlobalName = 'alianza';
