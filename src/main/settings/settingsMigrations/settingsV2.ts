/**
 * Settings version 2 → 3: version 3 may hold the practitioner's rupture-warning thresholds
 * (`allianceThresholds`), absent until they set them. A version 2 file has none, so the step only
 * stamps it.
 */
export function settingsV2toV3(data: Record<string, unknown>): Record<string, unknown> {
  return { ...data, version: 3 };
}
