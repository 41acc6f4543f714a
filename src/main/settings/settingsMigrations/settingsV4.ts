/**
 * Settings version 4 → 5: version 5 may hold how many days an open case may go without a
 * reflection before Home lists it (`reflectionIntervalDays`), absent until the practitioner
 * chooses one; absent, the default of 14 days applies. A version 4 file has none, so the step
 * only stamps it.
 */
export function settingsV4toV5(data: Record<string, unknown>): Record<string, unknown> {
  return { ...data, version: 5 };
}
