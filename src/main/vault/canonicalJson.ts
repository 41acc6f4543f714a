/** One byte-exact JSON text per value, so a MAC or an AAD does not depend on key order. */

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** JSON with object keys sorted at every level. Throws on values JSON cannot represent exactly. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(canonical(value));
}

function canonical(value: unknown): Json {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return value;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new TypeError('Canonical JSON has no infinite or NaN numbers.');
    return value;
  }
  if (Array.isArray(value)) return value.map(canonical);
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const sorted: { [key: string]: Json } = {};
    for (const key of Object.keys(value).sort()) {
      const entry = (value as Record<string, unknown>)[key];
      if (entry !== undefined) sorted[key] = canonical(entry);
    }
    return sorted;
  }
  throw new TypeError(`Canonical JSON cannot represent a ${typeof value}.`);
}
