/** Handlers for router tests and benchmarks: every method refuses unless a test supplies it. */
import type { Handlers } from '../../src/main/ipc/router';
import { methodNames } from '../../src/shared/ipc/contract';

export function handlersWith(overrides: Partial<Handlers>): Handlers {
  const refusing = Object.fromEntries(
    methodNames.map((method) => [
      method,
      () => {
        throw new Error(`${method} is not part of this test`);
      },
    ]),
  );
  return { ...refusing, ...overrides } as Handlers;
}
