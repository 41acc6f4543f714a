/**
 * Main's side of the contract's events: each payload is checked against its schema before it is
 * sent, so nothing outside the contract reaches the renderer unasked either. Knows nothing of
 * Electron: the shell delivers to its own window, the harness to its page, tests to a list.
 */
import { events, type EventName, type EventPayload } from '../../shared/ipc/contract';
import { eventChannel } from '../../shared/ipc/names';

/** Sends one checked message on its channel; may return a promise the sender waits for (a test's hold). */
export type EventDelivery = (channel: string, payload: unknown) => void | Promise<void>;

export interface EventEmitter {
  emit<E extends EventName>(event: E, payload: EventPayload<E>): Promise<void>;
}

export interface EventEmitterOptions {
  deliver?: EventDelivery;
  /** Where a payload that fails its schema is reported (main's log); it is not sent. */
  reportInvalid?: (event: EventName, error: unknown) => void;
}

export function createEventEmitter(options: EventEmitterOptions): EventEmitter {
  return {
    async emit(event, payload) {
      if (options.deliver === undefined) return;
      const checked = events[event].safeParse(payload);
      if (!checked.success) {
        options.reportInvalid?.(event, checked.error);
        return;
      }
      await options.deliver(eventChannel(event), checked.data);
    },
  };
}
