/**
 * A warning's id: its rule and a 64-bit hash of what identifies the situation (the rule, the
 * triggering session ids and what they are about). A dismissal stored under it refers to the same
 * situation on every later evaluation; a new fall or absence gives a new id. Hashed, so the id
 * stays short and within the id characters however long the entry ids are.
 */
import type { RuleId } from './warning';

export function warningId(rule: RuleId, parts: readonly (string | number)[]): string {
  return `${rule}-${hash64(JSON.stringify([rule, ...parts]))}`;
}

/** Two 32-bit multiply-xorshift lanes over the UTF-16 code units (the cyrb53 mixing, kept 64 bits wide). */
function hash64(text: string): string {
  let first = 0xdeadbeef;
  let second = 0x41c6ce57;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    first = Math.imul(first ^ code, 2654435761);
    second = Math.imul(second ^ code, 1597334677);
  }
  first = Math.imul(first ^ (first >>> 16), 2246822507) ^ Math.imul(second ^ (second >>> 13), 3266489909);
  second = Math.imul(second ^ (second >>> 16), 2246822507) ^ Math.imul(first ^ (first >>> 13), 3266489909);
  const hex = (value: number) => (value >>> 0).toString(16).padStart(8, '0');
  return hex(second) + hex(first);
}
