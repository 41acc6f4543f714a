import { describe, expect, it } from 'vitest';
import {
  maximumFrames,
  renderFailureLine,
  renderFailureOf,
  renderFailureSchema,
} from '../../../src/shared/diagnostics/renderFailure';

const secret = 'Rosa Vidal dijo que el niño no duerme';

describe('the report of a screen that failed to render', () => {
  it('keeps the kind of error and its frames, never its message', () => {
    const error = new TypeError(`Cannot read properties of undefined (reading '${secret}')`);
    const failure = renderFailureOf(error, 'case');
    expect(failure.name).toBe('TypeError');
    expect(failure.screen).toBe('case');
    expect(failure.frames.length).toBeGreaterThan(0);
    expect(failure.frames.every((frame) => frame.startsWith('at '))).toBe(true);
    expect(JSON.stringify(failure)).not.toContain('Rosa');
    expect(renderFailureSchema.parse(failure)).toEqual(failure);
    expect(renderFailureLine(failure)).toMatch(/^\[renderer\] the case screen failed: TypeError; at /);
  });

  it('drops a message whose lines look like frames, and a stack whose header is not the message', () => {
    const error = new Error(`${secret}\n    at Rosa Vidal (http://127.0.0.1:1/x.js:1:1)`);
    const failure = renderFailureOf(error, 'case');
    expect(failure.frames.join(' ')).not.toContain('Rosa');
    expect(failure.frames.length).toBeGreaterThan(0);

    const forged = new Error('short');
    forged.stack = `Error: ${secret}\n    at Rosa (http://127.0.0.1:1/x.js:1:1)`;
    expect(renderFailureOf(forged, 'case').frames).toEqual([]);
  });

  it('keeps a code only when it is one of ours in shape, a name only when it is a plain word', () => {
    const coded = Object.assign(new Error('x'), { code: 'missing-file' });
    expect(renderFailureOf(coded, 'reports').code).toBe('missing-file');
    const leaky = Object.assign(new Error('x'), { code: secret });
    expect(renderFailureOf(leaky, 'reports').code).toBeUndefined();
    const renamed = new Error('x');
    renamed.name = secret;
    expect(renderFailureOf(renamed, 'reports').name).toBe('Error');
    expect(renderFailureOf('a thrown string', 'Not A Screen!').screen).toBe('unknown');
    expect(renderFailureOf('a thrown string', 'home')).toEqual({ screen: 'home', name: 'Error', frames: [] });
  });

  it('keeps at most a dozen frames, and main refuses more or a message smuggled as a field', () => {
    const deep = (depth: number): Error => (depth === 0 ? new Error('deep') : deep(depth - 1));
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 50;
    try {
      expect(renderFailureOf(deep(40), 'home').frames).toHaveLength(maximumFrames);
    } finally {
      Error.stackTraceLimit = limit;
    }
    const report = renderFailureOf(new Error('x'), 'home');
    expect(renderFailureSchema.safeParse({ ...report, message: secret }).success).toBe(false);
    expect(renderFailureSchema.safeParse({ ...report, frames: Array(13).fill('at x (a.js:1:1)') }).success).toBe(false);
    expect(renderFailureSchema.safeParse({ ...report, name: secret }).success).toBe(false);
  });
});
