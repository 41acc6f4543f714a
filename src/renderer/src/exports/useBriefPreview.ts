import { useCallback, useEffect, useRef, useState } from 'react';
import type { BriefRequest, PreviewBriefResponse } from '../../../shared/exports/requests';
import type { AppErrorShape } from '../../../shared/ipc/result';
import { getApi } from '../api/client';

/** How long the choices must rest before the preview is built again. */
export const previewDelayMilliseconds = 300;

export interface BriefPreviewState {
  /** The newest preview; kept on screen while the next one is built. */
  preview: PreviewBriefResponse | undefined;
  /** A newer preview is being built. */
  busy: boolean;
  error: AppErrorShape | undefined;
  /** Builds the preview again now (after a name or a safe word changed). */
  refresh: () => void;
}

interface Answer {
  key: string;
  generation: number;
  error?: AppErrorShape;
}

/**
 * The brief for the current choices, built by main. A change of choices waits a moment (typing
 * a date); a refresh runs at once; an answer that arrives after a newer request was sent is dropped.
 */
export function useBriefPreview(request: BriefRequest | undefined): BriefPreviewState {
  const [answer, setAnswer] = useState<Answer | undefined>();
  const [preview, setPreview] = useState<PreviewBriefResponse | undefined>();
  const [generation, setGeneration] = useState(0);
  const latest = useRef(0);
  const answeredKey = useRef<string | undefined>(undefined);
  const key = request === undefined ? undefined : JSON.stringify(request);

  useEffect(() => {
    if (key === undefined) return;
    const wanted = JSON.parse(key) as BriefRequest;
    const delay = answeredKey.current === undefined || answeredKey.current === key ? 0 : previewDelayMilliseconds;
    const ticket = ++latest.current;
    const timer = window.setTimeout(() => {
      void getApi()
        .previewBrief(wanted)
        .then((result) => {
          if (ticket !== latest.current) return;
          answeredKey.current = key;
          if (result.ok) {
            setPreview(result.value);
            setAnswer({ key, generation });
          } else setAnswer({ key, generation, error: result.error });
        });
    }, delay);
    return () => window.clearTimeout(timer);
  }, [key, generation]);

  const refresh = useCallback(() => setGeneration((value) => value + 1), []);
  const current = answer !== undefined && answer.key === key && answer.generation === generation;
  return {
    preview,
    busy: key !== undefined && !current,
    error: current ? answer.error : undefined,
    refresh,
  };
}
