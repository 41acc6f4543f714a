/** The things of one kind a merge holds now, for assembling a file's state from its registers. */
import type { MergedRevisions, RegisterState } from './mergeRevisions';
import { compareRevisions, kindOfKey } from './revision';

export interface Placed<Value> {
  value: Value;
  register: RegisterState;
}

/** The current values of one kind that are not removed, in the order their things were first made. */
export function currentValuesOf<Value>(merged: MergedRevisions, kind: string): Placed<Value>[] {
  const found: Placed<Value>[] = [];
  for (const register of merged.registers.values()) {
    if (kindOfKey(register.key) !== kind || register.current.value === null) continue;
    found.push({ value: register.current.value as Value, register });
  }
  return found.sort((left, right) => compareRevisions(left.register.first, right.register.first));
}
