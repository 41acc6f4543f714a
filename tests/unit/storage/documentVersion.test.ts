import { describe, expect, it } from 'vitest';
import { AppError } from '../../../src/shared/ipc/result';
import { documentVersion, upgradeDocument, type DocumentVersioning } from '../../../src/shared/storage/documentVersion';

const versioning: DocumentVersioning = {
  subject: 'The test file',
  current: 3,
  migrations: {
    1: (data) => ({ ...data, tags: [] }),
    2: (data) => ({ ...data, title: String(data.name), name: undefined }),
  },
};

function errorOf(run: () => unknown): AppError {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('Expected an AppError.');
}

describe('documentVersion', () => {
  it('counts a document without a version as version 1', () => {
    expect(documentVersion({ name: 'x' })).toBe(1);
    expect(documentVersion({ version: 4 })).toBe(4);
  });

  it.each([0, -1, 1.5, '2', null, Number.NaN])('gives no version for %s', (version) => {
    expect(documentVersion({ version })).toBeUndefined();
  });
});

describe('upgradeDocument', () => {
  it('runs every step from the stored version and stamps the current one', () => {
    expect(upgradeDocument(versioning, { name: 'a' })).toEqual({ name: undefined, title: 'a', tags: [], version: 3 });
    expect(upgradeDocument(versioning, { version: 2, name: 'b', tags: ['t'] })).toEqual({
      version: 3,
      name: undefined,
      title: 'b',
      tags: ['t'],
    });
  });

  it('returns a current document as it is', () => {
    const current = { version: 3, title: 'c', tags: [] };
    expect(upgradeDocument(versioning, current)).toBe(current);
  });

  it('leaves its input unchanged', () => {
    const stored = { version: 1, name: 'd' };
    upgradeDocument(versioning, stored);
    expect(stored).toEqual({ version: 1, name: 'd' });
  });

  it('stamps the version even when a step does not', () => {
    const upgraded = upgradeDocument({ subject: 'It', current: 2, migrations: { 1: (data) => ({ ...data }) } }, {});
    expect(upgraded).toEqual({ version: 2 });
  });

  it('refuses a newer version with a message that says to update and that nothing changed', () => {
    const error = errorOf(() => upgradeDocument(versioning, { version: 7 }));
    expect(error.code).toBe('unsupported-format');
    expect(error.message).toBe(
      'The test file was written by a newer version of Alianza (format 7; this one reads up to 3). ' +
        'Update Alianza to open it; the file was left as it is.',
    );
  });

  it('refuses a version that is not a whole number', () => {
    const error = errorOf(() => upgradeDocument(versioning, { version: '2' }));
    expect(error.code).toBe('unsupported-format');
    expect(error.message).toContain('The test file');
  });

  it('refuses a version with no step onward', () => {
    const error = errorOf(() => upgradeDocument({ ...versioning, migrations: { 1: versioning.migrations[1]! } }, {}));
    expect(error.code).toBe('unsupported-format');
    expect(error.message).toContain('format 2');
  });

  it.each([null, 'text', 3, [1, 2]])('returns %s as it is, for the schema to refuse', (data) => {
    expect(upgradeDocument(versioning, data)).toBe(data);
  });
});
