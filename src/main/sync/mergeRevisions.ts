/**
 * The merge of every device's revisions: pure, without I/O. It takes revisions as a set, so the
 * order they are read in, and a revision read twice (a log and an engine's conflict copy of it),
 * change nothing. Per record key, the heads are the revisions no other revision of that key
 * replaces: one head is current; several were saved apart from the same base, and the latest
 * (compareRevisions) is current while the others stay as concurrent revisions for the conflict
 * inbox. Heads that hold the current one's value, but for when it was saved (`updatedAt`,
 * `savedAt`), are no
 * conflict: the same change made on both devices, or an old log read once compacted and once
 * not. They are `alike`.
 * Every other revision is superseded history. No revision is ever dropped.
 */
import { canonicalJson } from '../vault/canonicalJson';
import { compareRevisions, revisionIdOf, type Revision } from './revision';

export interface RegisterState<Value = unknown> {
  key: string;
  current: Revision<Value>;
  /** Heads saved apart from the current one, latest first: "edited on another device at the same time". */
  concurrent: Revision<Value>[];
  /** Heads saved apart that hold the current one's value: nothing to settle, but a save replaces them too. */
  alike: Revision<Value>[];
  /** Replaced by later revisions, oldest first. */
  superseded: Revision<Value>[];
  /** The key's earliest revision: where the thing was made, which orders lists (parties, goals…). */
  first: Revision<Value>;
}

export interface MergedRevisions {
  /** By record key, keys in sorted order. */
  registers: Map<string, RegisterState>;
  /**
   * Revision ids found with two different contents: one device id used by two installations (an
   * app data folder copied to another machine). Both are kept, and the inbox says so.
   */
  reusedIds: string[];
}

interface Found {
  revision: Revision;
  id: string;
  /**
   * Its canonical text, made only when needed (it costs a pass over the value): to tell a copy
   * from a different revision under the same id, and to break a tie between those.
   */
  text?: string;
}

function textOf(found: Found): string {
  found.text ??= canonicalJson(found.revision);
  return found.text;
}

export function mergeRevisions(revisions: Iterable<Revision>): MergedRevisions {
  // Ids are unique but for copies (read twice) and a device id used by two installations.
  const byId = new Map<string, Found[]>();
  for (const revision of revisions) {
    const id = revisionIdOf(revision);
    const found: Found = { revision, id };
    const same = byId.get(id);
    if (same === undefined) byId.set(id, [found]);
    else if (!same.some((other) => other.revision === revision || textOf(other) === textOf(found))) same.push(found);
  }
  const byKey = new Map<string, Found[]>();
  for (const same of byId.values()) {
    for (const found of same) {
      const group = byKey.get(found.revision.key) ?? [];
      group.push(found);
      byKey.set(found.revision.key, group);
    }
  }
  const registers = new Map<string, RegisterState>();
  for (const key of [...byKey.keys()].sort()) registers.set(key, registerOf(key, byKey.get(key) ?? []));
  const reusedIds = [...byId.entries()]
    .filter(([, same]) => same.length > 1)
    .map(([id]) => id)
    .sort();
  return { registers, reusedIds };
}

/**
 * The merge of `merged`'s revisions and `added`, without going over every register again: only
 * the registers of the keys `added` touches are merged anew, each from its own revisions. A
 * device's save costs what the thing saved has, not what the whole file has.
 */
export function withRevisions(merged: MergedRevisions, added: readonly Revision[]): MergedRevisions {
  const touched = new Map<string, Revision[]>();
  for (const revision of added) touched.set(revision.key, [...(touched.get(revision.key) ?? []), revision]);
  const registers = new Map(merged.registers);
  const reused = new Set(merged.reusedIds);
  for (const [key, revisions] of touched) {
    const known = registers.get(key);
    const before = known === undefined ? [] : revisionsOf(known);
    const again = mergeRevisions([...before, ...revisions]);
    for (const id of again.reusedIds) reused.add(id);
    const register = again.registers.get(key);
    if (register !== undefined) registers.set(key, register);
  }
  const keys = [...registers.keys()].sort();
  return {
    registers: new Map(keys.map((key) => [key, registers.get(key) as RegisterState])),
    reusedIds: [...reused].sort(),
  };
}

/** Every revision a register holds. */
export function revisionsOf(register: RegisterState): Revision[] {
  return [register.current, ...register.concurrent, ...register.alike, ...register.superseded];
}

function registerOf(key: string, group: Found[]): RegisterState {
  const sorted = [...group].sort(compareFound);
  // Only revisions of the same thing replace each other.
  const replaced = new Set(group.flatMap((found) => found.revision.replaces));
  let heads = sorted.filter((found) => !replaced.has(found.id));
  // Revisions that replace each other in a ring cannot come from one device's history; the
  // latest stands rather than the thing vanishing.
  if (heads.length === 0) heads = sorted.slice(-1);
  const headSet = new Set(heads);
  const [current, ...others] = [...heads].reverse();
  const first = sorted[0];
  if (current === undefined || first === undefined) throw new TypeError('A register holds at least one revision.');
  const value = others.length === 0 ? '' : contentOf(current.revision.value);
  const isAlike = (found: Found) => contentOf(found.revision.value) === value;
  return {
    key,
    current: current.revision,
    concurrent: others.filter((found) => !isAlike(found)).map((found) => found.revision),
    alike: others.filter(isAlike).map((found) => found.revision),
    superseded: sorted.filter((found) => !headSet.has(found)).map((found) => found.revision),
    first: first.revision,
  };
}

function compareFound(left: Found, right: Found): number {
  const order = compareRevisions(left.revision, right.revision);
  if (order !== 0 || left === right) return order;
  const [leftText, rightText] = [textOf(left), textOf(right)];
  return leftText < rightText ? -1 : leftText > rightText ? 1 : 0;
}

/** The fields that say when a value was saved, which two devices saving the same never share. */
const savedMoments = ['updatedAt', 'savedAt'];

/** A value's canonical text without the moment it was saved. */
function contentOf(value: unknown): string {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return canonicalJson(value);
  const content = Object.entries(value).filter(([field]) => !savedMoments.includes(field));
  return canonicalJson(Object.fromEntries(content));
}
