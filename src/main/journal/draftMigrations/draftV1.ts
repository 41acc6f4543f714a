/**
 * Draft version 1 → 2: version 2 only adds the `version` field itself. A version 1 draft is the
 * same draft, written before drafts carried a version.
 */
export function draftV1toV2(data: Record<string, unknown>): Record<string, unknown> {
  return { ...data, version: 2 };
}
