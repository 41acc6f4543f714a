/** The realistic interchange file every domain test starts from, read fresh for each use. */
import { readFileSync } from 'node:fs';
import { fromInterchange, parseInterchange, type ImportContext } from '../../../src/shared/domain/interchange';
import type { CaseWithEntries } from '../../../src/shared/domain/case';

const fixturePath = new URL('../../fixtures/interchange-full.json', import.meta.url);

/** The fixture as plain JSON. */
export function fixtureJson(): { cases: Record<string, unknown>[] } & Record<string, unknown> {
  return JSON.parse(readFileSync(fixturePath, 'utf8')) as { cases: Record<string, unknown>[] } & Record<
    string,
    unknown
  >;
}

/** A fixed clock and a counter for ids, so imports are repeatable. */
export function fixedContext(now = '2025-05-01T12:00:00.000Z'): ImportContext {
  let next = 0;
  return { now: () => now, newId: () => `generated-${++next}` };
}

/** The fixture imported into journal records. */
export function fixtureCases(): CaseWithEntries[] {
  const parsed = parseInterchange(fixtureJson());
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return fromInterchange(parsed.value, fixedContext());
}
