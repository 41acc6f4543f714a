import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { caseWithEntriesSchema } from '../../../src/shared/domain/journal';
import {
  fromInterchange,
  interchangeDocumentSchema,
  parseInterchange,
  reportsFromInterchange,
  toInterchange,
} from '../../../src/shared/domain/interchange';
import type { CaseWithEntries } from '../../../src/shared/domain/case';
import { journalCases } from './arbitraries';
import { fixedContext, fixtureCases, fixtureJson } from './fixture';

/** Export, write as JSON, read back, parse and import: what a move to another computer does. */
function throughAFile(cases: readonly CaseWithEntries[]): CaseWithEntries[] {
  const written = JSON.stringify(toInterchange(cases));
  const parsed = parseInterchange(JSON.parse(written));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors, null, 2));
  return fromInterchange(parsed.value, fixedContext('2000-01-01T00:00:00.000Z'));
}

/** Every field path a schema allows, as `cases[].entries[].sections[].statementBy.name`. */
function schemaPaths(schema: unknown, at = ''): string[] {
  const definition = (schema as { _zod: { def: Record<string, unknown> } })._zod.def;
  switch (definition.type) {
    case 'object':
      return Object.entries(definition.shape as Record<string, unknown>).flatMap(([key, child]) => {
        const path = at === '' ? key : `${at}.${key}`;
        return [path, ...schemaPaths(child, path)];
      });
    case 'optional':
      return schemaPaths(definition.innerType, at);
    case 'array':
      return schemaPaths(definition.element, `${at}[]`);
    case 'union':
      return (definition.options as unknown[]).flatMap((option) => schemaPaths(option, at));
    default:
      return [];
  }
}

/** Every field path present in a JSON value. */
function valuePaths(value: unknown, at = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((item) => valuePaths(item, `${at}[]`));
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, child]) => {
    const path = at === '' ? key : `${at}.${key}`;
    return [path, ...valuePaths(child, path)];
  });
}

describe('the round trip through an interchange file', () => {
  it('uses a fixture that exercises every field of the format', () => {
    const present = new Set(valuePaths(fixtureJson()));
    const missing = [...new Set(schemaPaths(interchangeDocumentSchema))].filter((path) => !present.has(path));
    expect(missing).toEqual([]);
  });

  it('gives back the fixture exactly: same fields, same values, same order', () => {
    const cases = fixtureCases();
    const parsed = parseInterchange(fixtureJson());
    const reports = parsed.ok ? reportsFromInterchange(parsed.value.cases, cases) : [];
    const exported = toInterchange(cases, (caseId) => reports.find((each) => each.caseId === caseId)?.reports ?? []);
    expect(exported).toStrictEqual(fixtureJson());
    expect(JSON.stringify(exported)).toBe(JSON.stringify(fixtureJson()));
  });

  it('keeps every field of the journal records', () => {
    const cases = fixtureCases();
    expect(throughAFile(cases)).toStrictEqual(cases);
    expect(throughAFile(throughAFile(cases))).toStrictEqual(cases);
  });

  it('keeps every field of any valid case (property)', () => {
    fc.assert(
      fc.property(journalCases, (cases) => {
        for (const journalCase of cases) {
          const checked = caseWithEntriesSchema.safeParse(journalCase);
          expect(checked.error?.issues ?? []).toEqual([]);
        }
        expect(throughAFile(cases)).toStrictEqual(cases);
      }),
      { numRuns: 200 },
    );
  });
});
