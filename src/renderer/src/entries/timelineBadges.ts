/** The badges a reflection's timeline row shows, in order; a row without any is shorter. */
import type { EntryOverview } from '../../../shared/journal/caseOverview';

export type TimelineBadge =
  | { kind: 'supervision' }
  | { kind: 'rupture'; rupture: 'withdrawal' | 'confrontation' }
  | { kind: 'tensions'; count: number }
  | { kind: 'reportable' };

export function timelineBadges(
  entry: Pick<EntryOverview, 'supervisionOf' | 'tensions' | 'reportable'>,
): TimelineBadge[] {
  const badges: TimelineBadge[] = [];
  if (entry.supervisionOf !== undefined) badges.push({ kind: 'supervision' });
  for (const rupture of ['withdrawal', 'confrontation'] as const)
    if (entry.tensions.some((tension) => tension.rupture === rupture)) badges.push({ kind: 'rupture', rupture });
  if (entry.tensions.length > 0) badges.push({ kind: 'tensions', count: entry.tensions.length });
  if (entry.reportable) badges.push({ kind: 'reportable' });
  return badges;
}

/** Row heights in pixels; the stylesheet keeps each row's content inside them. */
export const timelineRowHeights = { phase: 48, entry: 124, entryWithoutBadges: 98, attendance: 64 } as const;
