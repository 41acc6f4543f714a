import { describe, expect, it, vi } from 'vitest';
import { createEventEmitter } from '../../../src/main/ipc/events';
import type { EventName, EventPayload } from '../../../src/shared/ipc/contract';

function emitter() {
  const deliver = vi.fn();
  const reportInvalid = vi.fn();
  return { deliver, reportInvalid, events: createEventEmitter({ deliver, reportInvalid }) };
}

const caseId = '1b4e28ba-2fa1-4d2b-8c6b-6f0c2f0a9b10';

describe("main's events", () => {
  it.each<[EventName, unknown]>([
    ['vaultLocked', { reason: 'auto-lock' }],
    ['vaultUnlocked', { status: { state: 'unlocked', directory: '/data/vault' } }],
    ['journalChanged', { caseId, stale: ['getCase', 'listCases'] }],
    ['journalChanged', { stale: ['listCases'] }],
    ['progress', { task: 'backup', unit: 'files', done: 1, total: 3, finished: false }],
  ])('sends a valid %s on its own channel', async (event, payload) => {
    const { deliver, reportInvalid, events } = emitter();
    await events.emit(event, payload as EventPayload<typeof event>);
    expect(deliver).toHaveBeenCalledWith(`alianza-event:${event}`, payload);
    expect(reportInvalid).not.toHaveBeenCalled();
  });

  it.each<[string, EventName, unknown]>([
    ['a reason outside the list', 'vaultLocked', { reason: 'bored' }],
    ['an extra field (a key)', 'vaultLocked', { reason: 'user', dataKey: 'c2VjcmV0' }],
    [
      'a status carrying more than the contract',
      'vaultUnlocked',
      { status: { state: 'unlocked', directory: '/v', passphrase: 'x' } },
    ],
    ['a case name instead of an id', 'journalChanged', { caseId: 'Familia R.', stale: ['getCase'] }],
    ['nothing made stale', 'journalChanged', { stale: [] }],
    ['a stale name that is no method', 'journalChanged', { stale: ['dumpKeys'] }],
    ['a negative count', 'progress', { task: 'backup', unit: 'files', done: -1, total: 3, finished: false }],
    [
      'a case name in a progress message',
      'progress',
      { task: 'backup', unit: 'files', done: 1, total: 3, finished: false, name: 'Familia R.' },
    ],
  ])('does not send a payload with %s, and reports it', async (_name, event, payload) => {
    const { deliver, reportInvalid, events } = emitter();
    await events.emit(event, payload as never);
    expect(deliver).not.toHaveBeenCalled();
    expect(reportInvalid).toHaveBeenCalledWith(event, expect.anything());
  });

  it('does nothing without a window to deliver to', async () => {
    await expect(createEventEmitter({}).emit('vaultLocked', { reason: 'user' })).resolves.toBeUndefined();
  });

  it('waits for a delivery that waits (a test holding progress half-way)', async () => {
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    const events = createEventEmitter({ deliver: () => held });
    let done = false;
    const sending = events.emit('progress', { task: 'import', unit: 'cases', done: 0, total: 1, finished: false });
    void sending.then(() => (done = true));
    await Promise.resolve();
    expect(done).toBe(false);
    release();
    await sending;
    expect(done).toBe(true);
  });
});
