/**
 * The renderer's one cache of answers from main. Answers stay fresh until something makes them
 * stale (a mutation's policy, an event from main), so a screen shown again shows at once without
 * asking; decrypted answers no screen shows are dropped soon after, and all of them on lock.
 */
import { QueryClient } from '@tanstack/react-query';

/** How long an answer no screen shows is kept: long enough for a step back, short for decrypted text. */
export const unusedAnswerMilliseconds = 10_000;

export function createAppQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: Infinity,
        gcTime: unusedAnswerMilliseconds,
        // Main answers with typed errors (a damaged file, a locked journal): asking again changes nothing.
        retry: false,
        // A window regaining focus or the network has nothing to do with the vault's files.
        refetchOnWindowFocus: false,
        refetchOnReconnect: false,
        networkMode: 'always',
      },
      mutations: { retry: false, networkMode: 'always', gcTime: 0 },
    },
  });
}
