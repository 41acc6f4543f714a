/**
 * Settings version 3 → 4: version 4 may hold the practitioner's public-holiday calendar
 * (`holidays`: a country and region, or `none`), absent until they choose one; absent, the UI
 * language decides (Chile for Spanish). A version 3 file has none, so the step only stamps it.
 */
export function settingsV3toV4(data: Record<string, unknown>): Record<string, unknown> {
  return { ...data, version: 4 };
}
