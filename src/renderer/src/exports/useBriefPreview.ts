import { keepPreviousData, skipToken } from '@tanstack/react-query';
import type { BriefRequest, PreviewBriefResponse } from '../../../shared/exports/requests';
import type { AppErrorShape } from '../../../shared/ipc/result';
import { useContractQuery } from '../api/useContractQuery';
import { useSettledRequest } from '../api/useSettledRequest';

/** How long the choices must rest before the preview is built again. */
export const previewDelayMilliseconds = 300;

export interface BriefPreviewState {
  /** The newest preview; kept on screen while the next one is built. */
  preview: PreviewBriefResponse | undefined;
  /** A newer preview is being built, or the choices have not rested yet. */
  busy: boolean;
  error: AppErrorShape | undefined;
}

/**
 * The brief for the current choices, a cached previewBrief read. A change of choices waits a
 * moment (typing a date). Marking a name or a safe word, a review decision, an edit of the case
 * or an export makes the preview stale by its contract line, and main's journalChanged event
 * has it built again at once, whoever made the change: there is nothing to refresh by hand.
 */
export function useBriefPreview(request: BriefRequest | undefined): BriefPreviewState {
  const { settled, settling } = useSettledRequest(request, previewDelayMilliseconds);
  const query = useContractQuery('previewBrief', settled ?? skipToken, { placeholderData: keepPreviousData });
  return {
    preview: query.data,
    busy: request !== undefined && (settling || query.isFetching),
    error: query.error?.shape,
  };
}
