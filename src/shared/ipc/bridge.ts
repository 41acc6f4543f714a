/**
 * Builds the renderer's API from the contract's names over any transport: the preload's
 * `ipcRenderer`, or a test's. Zod-free, so the sandboxed preload bundles it alone. Each method
 * and each subscription is its own function on a closed list fixed here; the transport itself is
 * never exposed.
 */
import type { AlianzaApi } from './api';
import { eventChannel, eventNames, ipcChannel, methodNames, subscriptionName } from './names';

export interface BridgeTransport {
  invoke(channel: string, request: unknown): Promise<unknown>;
  /** Calls `listener` with each message's payload on `channel`; returns the unsubscribe. */
  listen(channel: string, listener: (payload: unknown) => void): () => void;
}

export function createBridge(transport: BridgeTransport): AlianzaApi {
  const methods = methodNames.map((method) => {
    const channel = ipcChannel(method);
    return [method, (request?: unknown) => transport.invoke(channel, request)] as const;
  });
  const subscriptions = eventNames.map((event) => {
    const channel = eventChannel(event);
    return [subscriptionName(event), (listener: (payload: unknown) => void) => transport.listen(channel, listener)];
  });
  // The shapes are the contract's by construction: the names come from the lists it is checked against.
  return Object.freeze(Object.fromEntries([...methods, ...subscriptions])) as unknown as AlianzaApi;
}
