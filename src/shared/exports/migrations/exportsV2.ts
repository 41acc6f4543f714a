/**
 * Export file version 2 → 3: version 3 logs an export before writing its file and confirms it
 * after, so each entry has a `status`. A version 2 entry was logged only once its file was
 * written: every one is `confirmed`.
 */
export function exportsV2toV3(data: Record<string, unknown>): Record<string, unknown> {
  const exports = Array.isArray(data.exports) ? data.exports.map(confirmed) : data.exports;
  return { ...data, version: 3, exports };
}

function confirmed(entry: unknown): unknown {
  return typeof entry === 'object' && entry !== null && !Array.isArray(entry)
    ? { ...entry, status: 'confirmed' }
    : entry;
}
