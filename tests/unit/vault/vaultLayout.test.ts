import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../src/main/vault/canonicalJson';
import {
  backupFolderFor,
  fileIdForBackupFolder,
  fileIdForPath,
  isFileId,
  relativePathFor,
  type FileId,
} from '../../../src/main/vault/vaultLayout';

describe('file ids and paths', () => {
  const ids: FileId[] = ['index', 'case:3f1c2a9e-8d4b-4c1a-9f2e-1b2c3d4e5f60', 'draft:d_1', 'case:A-b_9'];

  it('map one-to-one to paths and backup folders', () => {
    for (const fileId of ids) {
      expect(fileIdForPath(relativePathFor(fileId))).toBe(fileId);
      expect(fileIdForBackupFolder(backupFolderFor(fileId).split('/')[1] ?? '')).toBe(fileId);
    }
    expect(relativePathFor('case:abc')).toBe('cases/abc.alz');
    expect(relativePathFor('draft:abc')).toBe('drafts/abc.alz');
    expect(backupFolderFor('case:abc')).toBe('backups/case.abc');
  });

  it.each([
    '',
    'case:',
    'case:../x',
    'case:a/b',
    'case:a.b',
    'draft:-x',
    'note:abc',
    'case:CON',
    'draft:lpt1',
    'index2',
  ])('refuses %j', (value) => {
    expect(isFileId(value)).toBe(false);
  });

  it('ignores paths that are not vault files', () => {
    for (const name of ['cases/a.alz.damaged-2024', 'cases/.a.alz.0123456789ab.tmp', 'vault.json', 'cases/a/b.alz']) {
      expect(fileIdForPath(name)).toBeUndefined();
    }
  });
});

describe('canonical JSON', () => {
  it('sorts keys at every level and keeps array order', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, 1], c: 'x' } })).toBe('{"a":{"c":"x","d":[3,1]},"b":1}');
  });

  it('refuses values JSON cannot represent exactly', () => {
    expect(() => canonicalJson({ n: Number.NaN })).toThrow(TypeError);
    expect(() => canonicalJson(new Date())).toThrow(TypeError);
  });
});
