import { useEffect, useState } from 'react';
import type { Progress, ProgressTask } from '../../../shared/progress/progress';
import { getApi } from '../api/client';

/** Work that lasts less than this needs no bar: it would only flash. */
export const progressDelayMilliseconds = 300;

/** The long work running now, as main reports it, once it has lasted past the delay. */
export function useProgress(): Progress[] {
  const [running, setRunning] = useState<Map<ProgressTask, { progress: Progress; since: number }>>(new Map());
  const [now, setNow] = useState(() => Date.now());

  useEffect(
    () =>
      getApi().onProgress((progress) => {
        setRunning((current) => {
          const next = new Map(current);
          if (progress.finished) next.delete(progress.task);
          else next.set(progress.task, { progress, since: current.get(progress.task)?.since ?? Date.now() });
          return next;
        });
      }),
    [],
  );

  // A clock only while something runs, to show a bar once its task passes the delay.
  useEffect(() => {
    if (running.size === 0) return;
    const timer = setInterval(() => setNow(Date.now()), 100);
    return () => clearInterval(timer);
  }, [running.size]);

  return [...running.values()]
    .filter(({ since }) => now - since >= progressDelayMilliseconds)
    .map(({ progress }) => progress);
}
