/**
 * R1: a Bordin element, in either perspective, fell ≥ 1 SD below the series' running mean over
 * at least 3 earlier sessions ("watch"), or ≥ 2 SD ("possible rupture"). Stiles et al. (2004)
 * found such V-shaped deflections in productive alliances; Gumz et al. (2012) compare the 1 SD and
 * the stricter 2 SD criteria. Shown while the fall is recent: after `repairSessions` rated
 * sessions without a return it becomes R2.
 */
import { buildWarning } from '../buildWarning';
import type { CaseView } from '../caseView';
import { sessionOf } from '../caseView';
import { fallDetails, type FallEpisode } from '../fallEpisodes';
import type { WarningOfRule } from '../warning';

export function allianceFallWarnings(
  view: CaseView,
  episodes: readonly FallEpisode[],
): WarningOfRule<'alliance-fall'>[] {
  return episodes
    .filter((episode) => episode.sessions.length - 1 < view.thresholds.repairSessions)
    .map((episode) => {
      const [start] = episode.sessions;
      const level = episode.ruptureSession === undefined ? 'watch' : 'possible-rupture';
      const triggers = [start, episode.ruptureSession].filter((session) => session !== undefined);
      return buildWarning(
        'alliance-fall',
        {
          level,
          sessions: episode.sessions.map((session) => sessionOf(session.entry)),
          details: fallDetails(episode, episode.sessions),
        },
        [level, episode.series.key, episode.element, ...triggers.map((session) => session.entry.id)],
      );
    });
}
