/**
 * R2: a fall (R1) with no return to the earlier level within `repairSessions` rated sessions of
 * the same series (default 3). McLaughlin et al. (2014): unrepaired ruptures predicted worse
 * outcomes than repaired ones. The warning stays until a rating comes back to that level.
 */
import { buildWarning } from '../buildWarning';
import type { CaseView } from '../caseView';
import { sessionOf } from '../caseView';
import { fallDetails, type FallEpisode } from '../fallEpisodes';
import type { WarningOfRule } from '../warning';

export function unrepairedFallWarnings(
  view: CaseView,
  episodes: readonly FallEpisode[],
): WarningOfRule<'unrepaired-fall'>[] {
  const { repairSessions } = view.thresholds;
  return episodes
    .filter((episode) => episode.sessions.length - 1 >= repairSessions)
    .map((episode) => {
      // The fall and the sessions that did not repair it: the same ids however long it lasts.
      const triggers = episode.sessions.slice(0, repairSessions + 1);
      return buildWarning(
        'unrepaired-fall',
        {
          level: 'not-repaired',
          sessions: triggers.map((session) => sessionOf(session.entry)),
          details: fallDetails(episode, episode.sessions),
        },
        [episode.series.key, episode.element, ...triggers.map((session) => session.entry.id)],
      );
    });
}
