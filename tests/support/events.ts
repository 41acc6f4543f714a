/** Event deliveries for tests: the progress messages alone, or every event in a list. */
import type { EventDelivery } from '../../src/main/ipc/events';
import type { EventName, EventPayload } from '../../src/shared/ipc/contract';
import { eventChannel, eventNames } from '../../src/shared/ipc/names';
import type { Progress, ProgressListener } from '../../src/shared/progress/progress';

/** Hands `listener` each progress message (waiting for it, as the harness's hold does). */
export function deliveringProgress(listener: ProgressListener): EventDelivery {
  return (channel, payload) => (channel === eventChannel('progress') ? listener(payload as Progress) : undefined);
}

export type DeliveredEvent = { [E in EventName]: { event: E; payload: EventPayload<E> } }[EventName];

/** Keeps every delivered event, by name, in `into`. */
export function recordingEvents(into: DeliveredEvent[]): EventDelivery {
  return (channel, payload) => {
    const event = eventNames.find((name) => eventChannel(name) === channel);
    if (event === undefined) throw new Error(`No event has the channel ${channel}`);
    into.push({ event, payload } as DeliveredEvent);
  };
}
