/** The replacements of a brief grouped by kind, for the review beside the preview. */
import { replacementKinds, type ReplacementKind } from '../../../shared/exports/deidentify/markers';
import type { PreviewBriefResponse } from '../../../shared/exports/requests';

export type Replacement = PreviewBriefResponse['replacements'][number];

export interface ReplacementGroup {
  kind: ReplacementKind;
  items: Replacement[];
  /** How many places were changed in all. */
  total: number;
}

/** Groups in the fixed order of kinds (names first); inside one, the most frequent first. */
export function groupReplacements(replacements: readonly Replacement[]): ReplacementGroup[] {
  return replacementKinds.flatMap((kind) => {
    const items = replacements
      .filter((replacement) => replacement.kind === kind)
      .sort((left, right) => right.count - left.count || left.original.localeCompare(right.original));
    if (items.length === 0) return [];
    return [{ kind, items, total: items.reduce((sum, item) => sum + item.count, 0) }];
  });
}
