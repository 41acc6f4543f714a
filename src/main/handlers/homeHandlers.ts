/** Home: the work queue across the journal. */
import type { Handlers } from '../ipc/router';
import type { Services } from '../services';

export function homeHandlers({ home }: Pick<Services, 'home'>) {
  return {
    getWorkQueue: () => home.workQueue(),
  } satisfies Partial<Handlers>;
}
