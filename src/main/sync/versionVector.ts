/**
 * What a device has read of each device's revisions: per writer, the highest sequence up to which
 * nothing is missing. A later sequence with a gap before it is a log not wholly synced yet (or an
 * engine's conflict copy holding records the log lacks), not damage: the gap is reported, the
 * revisions after it are still merged. The device keeps this vector as its rollback mark of the
 * other devices (docs/sync.md).
 */
import { legacyDevice, type Revision } from './revision';

export interface VersionVector {
  /** Per device, the highest sequence with every sequence before it present. */
  complete: Record<string, number>;
  /** Per device with gaps, the missing sequences below its highest one, ascending. */
  missing: Record<string, number[]>;
}

export function versionVectorOf(revisions: Iterable<Pick<Revision, 'device' | 'sequence'>>): VersionVector {
  const sequences = new Map<string, Set<number>>();
  for (const { device, sequence } of revisions) {
    // Legacy revisions are numbered by their content, not in order.
    if (device === legacyDevice) continue;
    const known = sequences.get(device) ?? new Set<number>();
    known.add(sequence);
    sequences.set(device, known);
  }
  const complete: Record<string, number> = {};
  const missing: Record<string, number[]> = {};
  for (const device of [...sequences.keys()].sort()) {
    const known = sequences.get(device) ?? new Set<number>();
    let highest = 0;
    for (const sequence of known) highest = Math.max(highest, sequence);
    let unbroken = 0;
    while (known.has(unbroken + 1)) unbroken += 1;
    complete[device] = unbroken;
    if (unbroken < highest) {
      const gaps: number[] = [];
      for (let sequence = unbroken + 1; sequence < highest; sequence++) if (!known.has(sequence)) gaps.push(sequence);
      missing[device] = gaps;
    }
  }
  return { complete, missing };
}

/** True when `vector` has read less of some device than `mark` says was read before: a log went back. */
export function fallsBehind(vector: VersionVector, mark: Record<string, number>): string[] {
  return Object.entries(mark)
    .filter(([device, sequence]) => (vector.complete[device] ?? 0) < sequence)
    .map(([device]) => device)
    .sort();
}
