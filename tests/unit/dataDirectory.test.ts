import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveDataDirectory } from '../../src/main/shell/dataDirectory';

describe('where the data lives', () => {
  it('uses --vault first, then ALIANZA_VAULT, then the user-data folder', () => {
    expect(resolveDataDirectory(['app', '--vault', '/a'], { ALIANZA_VAULT: '/b' }, '/c')).toBe(path.resolve('/a'));
    expect(resolveDataDirectory(['app', '--vault=/a'], {}, '/c')).toBe(path.resolve('/a'));
    expect(resolveDataDirectory(['app'], { ALIANZA_VAULT: '/b' }, '/c')).toBe(path.resolve('/b'));
    expect(resolveDataDirectory(['app'], {}, '/c')).toBe(path.resolve('/c'));
  });
});
