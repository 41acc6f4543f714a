/**
 * Falls of one element, in one series, below the series' own running mean (R1), and whether the
 * rating came back (R2). A fall opens an episode measured against the mean and standard deviation
 * of the sessions before it: the "earlier level". Later sessions still ≥ 1 SD below that level
 * belong to the same episode (a sustained fall is one situation, not one per session); the first
 * session back above it closes the episode as repaired. Only episodes still open are returned.
 */
import { allianceElements, type AllianceElement } from '../domain/ratings';
import type { CaseView } from './caseView';
import { ratingSeries, type RatedSession, type Series } from './ratingSeries';
import { runningStatistics } from './runningStatistics';
import type { FallDetails } from './warning';

/** Rounding slack, so a fall of exactly 1 SD is not lost to a standard deviation of 0.9999999. */
const slack = 1e-9;

export interface FallEpisode {
  series: Series;
  element: AllianceElement;
  mean: number;
  deviation: number;
  earlierSessions: number;
  /** The session where the fall began, then every later rated session of the series (none back). */
  sessions: RatedSession[];
  /** The first session at or past the "possible rupture" deviations, when there is one. */
  ruptureSession?: RatedSession;
}

export function fallEpisodes(view: CaseView): FallEpisode[] {
  const episodes: FallEpisode[] = [];
  for (const series of ratingSeries(view.entries)) {
    for (const element of allianceElements) {
      const open = openEpisode(series, element, view);
      if (open !== undefined) episodes.push(open);
    }
  }
  return episodes;
}

/** How many standard deviations below the episode's earlier level a rating is. */
export function deviationsBelow(episode: Pick<FallEpisode, 'mean' | 'deviation'>, value: number): number {
  return (episode.mean - value) / episode.deviation;
}

function openEpisode(series: Series, element: AllianceElement, view: CaseView): FallEpisode | undefined {
  const { watchDeviations, ruptureDeviations, earlierSessions, deviationFloor } = view.thresholds;
  const statistics = runningStatistics();
  let episode: FallEpisode | undefined;
  for (const session of series.sessions) {
    const value = session.ratings[element];
    if (episode !== undefined) {
      if (deviationsBelow(episode, value) < watchDeviations - slack) episode = undefined;
      else {
        episode.sessions.push(session);
        if (episode.ruptureSession === undefined && deviationsBelow(episode, value) >= ruptureDeviations - slack) {
          episode.ruptureSession = session;
        }
      }
    } else if (statistics.count >= earlierSessions) {
      const baseline = {
        mean: statistics.mean(),
        deviation: Math.max(statistics.standardDeviation(), deviationFloor),
      };
      const below = deviationsBelow(baseline, value);
      if (below >= watchDeviations - slack) {
        episode = { series, element, ...baseline, earlierSessions: statistics.count, sessions: [session] };
        if (below >= ruptureDeviations - slack) episode.ruptureSession = session;
      }
    }
    statistics.add(value);
  }
  return episode;
}

/** The numbers a fall warning shows, over the sessions it lists. */
export function fallDetails(episode: FallEpisode, sessions: readonly RatedSession[]): FallDetails {
  const [start] = episode.sessions;
  const values = sessions.map((session) => session.ratings[episode.element]);
  const lowest = Math.min(...values);
  return {
    series: episode.series.series,
    element: episode.element,
    value: start?.ratings[episode.element] ?? lowest,
    lowest,
    mean: episode.mean,
    deviation: episode.deviation,
    earlierSessions: episode.earlierSessions,
    deviations: deviationsBelow(episode, lowest),
    sessionsSince: episode.sessions.length - 1,
  };
}
