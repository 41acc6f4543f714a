/**
 * Ordinals given apart: "Caregiver B" or "Person A" can be given on two devices to two different
 * people while the devices are apart. Merged, each ordinal must name one person again. The one
 * given first keeps it; the other takes the next free ordinal of its group, every device deciding
 * the same, and the conflict inbox says so, because a brief exported before may have used it.
 */

export interface Numbered<Item> {
  item: Item;
  /** Ordinals are unique within a group (a party role; one group for the other people named). */
  group: string;
  ordinal: number;
  /** The record key, for the inbox. */
  key: string;
}

export interface Renumbered {
  key: string;
  from: number;
  to: number;
}

/** `numbered` in the order its items were first given (the merge's order); each ordinal once per group. */
export function withUniqueOrdinals<Item>(numbered: readonly Numbered<Item>[]): {
  items: (Numbered<Item> & { ordinal: number })[];
  renumbered: Renumbered[];
} {
  const taken = new Map<string, Set<number>>();
  const highest = new Map<string, number>();
  for (const { group, ordinal } of numbered) highest.set(group, Math.max(highest.get(group) ?? 0, ordinal));
  const renumbered: Renumbered[] = [];
  const items = numbered.map((each) => {
    const used = taken.get(each.group) ?? new Set<number>();
    taken.set(each.group, used);
    let ordinal = each.ordinal;
    if (used.has(ordinal)) {
      // Past every ordinal given in the group, so no one else's is ever taken.
      ordinal = (highest.get(each.group) ?? 0) + 1;
      highest.set(each.group, ordinal);
      renumbered.push({ key: each.key, from: each.ordinal, to: ordinal });
    }
    used.add(ordinal);
    return { ...each, ordinal };
  });
  return { items, renumbered };
}
