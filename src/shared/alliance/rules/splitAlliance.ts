/**
 * R4: two caregivers' latest ratings of goals or tasks, within the recent sessions, are
 * ≥ `splitGap` points apart (default 3): a split alliance. Robbins et al. (2003) found more
 * unbalanced alliances in the families that dropped out of family therapy; Friedlander, Escudero
 * and Heatherington (2006) describe split alliances with SOFTA. Only parties in a caregiving role
 * (parent, caregiver) count; the window keeps the two ratings of about the same time.
 */
import type { AllianceElement } from '../../domain/ratings';
import type { PartyRole } from '../../domain/taxonomy';
import { buildWarning } from '../buildWarning';
import { recentEntries, sessionOf, type CaseView } from '../caseView';
import type { AllianceEntry } from '../input';
import type { ElementRatings } from '../ratingSeries';
import type { SplitRating, WarningOfRule } from '../warning';

/** The roles whose ratings R4 compares: the adults who hold the child's care. */
export const caregivingRoles: readonly PartyRole[] = ['parent', 'caregiver'];

/** Bond is left out: two caregivers may trust the worker differently and still work on one plan. */
const comparedElements: readonly AllianceElement[] = ['goals', 'tasks'];

export function splitAllianceWarnings(view: CaseView): WarningOfRule<'split-alliance'>[] {
  const caregivers = new Set(
    view.parties.filter((party) => caregivingRoles.includes(party.role)).map((party) => party.id),
  );
  // Each caregiver's latest rated entry in the window, with its place in it.
  const latest = new Map<string, Latest>();
  for (const [position, entry] of recentEntries(view).entries()) {
    const ratings = entry.ratings.caregiver;
    if (ratings?.partyId !== undefined && caregivers.has(ratings.partyId)) {
      latest.set(ratings.partyId, { entry, position, ratings });
    }
  }
  const rated = [...latest.entries()].sort(([a], [b]) => (a < b ? -1 : 1));
  const warnings: WarningOfRule<'split-alliance'>[] = [];
  for (const [index, first] of rated.entries()) {
    for (const second of rated.slice(index + 1)) {
      for (const element of comparedElements) {
        const pair = [ratingOf(first, element), ratingOf(second, element)] as const;
        const gap = Math.abs(pair[0].value - pair[1].value);
        if (gap < view.thresholds.splitGap) continue;
        const ordered = [first[1], second[1]].sort((a, b) => a.position - b.position);
        warnings.push(
          buildWarning(
            'split-alliance',
            {
              level: 'split-alliance',
              sessions: ordered.map(({ entry }) => sessionOf(entry)),
              details: { element, caregivers: pair, gap },
            },
            [element, ...pair.flatMap((rating) => [rating.partyId, rating.entryId])],
          ),
        );
      }
    }
  }
  return warnings;
}

interface Latest {
  entry: AllianceEntry;
  position: number;
  ratings: ElementRatings;
}

function ratingOf([partyId, latest]: [string, Latest], element: AllianceElement): SplitRating {
  return { partyId, value: latest.ratings[element], entryId: latest.entry.id };
}
