/**
 * Settings version 1 → 2: version 2 only adds the `version` field itself. A version 1 file holds
 * the same preferences, written before the file carried a version.
 */
export function settingsV1toV2(data: Record<string, unknown>): Record<string, unknown> {
  return { ...data, version: 2 };
}
