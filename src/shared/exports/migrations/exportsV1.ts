/**
 * Export file version 1 → 2: version 2 adds what the practitioner decides in a brief's review
 * beyond safe words (names that are also ordinary words, people outside the case, pseudonyms
 * they wrote, places to generalise or keep). A version 1 file had none of these.
 */
export function exportsV1toV2(data: Record<string, unknown>): Record<string, unknown> {
  return { ...data, version: 2, nameWords: [], customPseudonyms: [], others: [], places: [] };
}
