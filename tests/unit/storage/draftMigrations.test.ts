import { describe, expect, it } from 'vitest';
import { draftVersion, draftVersioning } from '../../../src/main/journal/draftMigrations';
import { draftV1toV2 } from '../../../src/main/journal/draftMigrations/draftV1';
import { upgradeDocument } from '../../../src/shared/storage/documentVersion';

const v1 = { draftId: 'd-1', caseId: 'c-1', entryId: 'e-1', savedAt: '2026-11-30T10:00:00.000Z', content: {} };

describe('draft migrations', () => {
  it('has one step for each version before the current one', () => {
    expect(Object.keys(draftVersioning.migrations).map(Number)).toEqual(
      Array.from({ length: draftVersion - 1 }, (_, index) => index + 1),
    );
  });

  it('1 → 2 only adds the version, and leaves its input as it was', () => {
    const input = { ...v1 };
    expect(draftV1toV2(input)).toEqual({ ...v1, version: 2 });
    expect(input).toEqual(v1);
  });

  it('brings a draft without a version up to the current one', () => {
    expect(upgradeDocument(draftVersioning, v1)).toEqual({ ...v1, version: draftVersion });
  });
});
