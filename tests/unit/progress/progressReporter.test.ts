import { describe, expect, it } from 'vitest';
import { progressReporter, withProgress } from '../../../src/main/progress/progressReporter';
import type { Progress } from '../../../src/shared/progress/progress';

describe('progress reporter', () => {
  it('sends the first and the last message and at most one per interval between', async () => {
    const sent: Progress[] = [];
    let clock = 0;
    const reporter = progressReporter((progress) => void sent.push(progress), 'verify', 'files', 100, {
      interval: 100,
      now: () => clock,
    });
    await reporter.setTotal(100);
    for (let index = 0; index < 100; index += 1) {
      clock += 10;
      await reporter.advance();
    }
    await reporter.finish();
    await reporter.finish();
    expect(sent[0]).toEqual({ task: 'verify', unit: 'files', done: 0, total: 100, finished: false });
    expect(sent.at(-1)).toEqual({ task: 'verify', unit: 'files', done: 100, total: 100, finished: true });
    // 1 000 ms of work at one message per 100 ms, plus the first and the last.
    expect(sent.length).toBeLessThanOrEqual(12);
    expect(sent.filter((progress) => progress.finished)).toHaveLength(1);
    const done = sent.map((progress) => progress.done);
    expect(done).toEqual([...done].sort((a, b) => a - b));
  });

  it('finishes when the work throws, and the work waits for a listener that holds it', async () => {
    const sent: Progress[] = [];
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    let stepsDone = 0;
    // The first message is sent when the work starts: holding it holds the work.
    const work = withProgress(
      async (progress) => {
        sent.push(progress);
        if (!progress.finished) await held;
      },
      'backup',
      'files',
      3,
      async (reporter) => {
        stepsDone += 1;
        await reporter.advance();
        throw new Error('disk gone');
      },
    );
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(stepsDone).toBe(0);
    release();
    await expect(work).rejects.toThrow('disk gone');
    expect(sent.at(-1)?.finished).toBe(true);
  });

  it('costs nothing without a listener', async () => {
    const reporter = progressReporter(undefined, 'import', 'cases', 5);
    await reporter.advance();
    await reporter.finish();
  });
});
