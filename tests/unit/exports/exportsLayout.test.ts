import { describe, expect, it } from 'vitest';
import {
  backupFolderFor,
  fileFolders,
  fileIdForBackupFolder,
  fileIdForPath,
  isFileId,
  relativePathFor,
  type FileId,
} from '../../../src/main/vault/vaultLayout';

describe('the export and court-report files of a case in the vault layout', () => {
  it('map one-to-one to their paths and backup folders', () => {
    for (const kind of ['exports', 'reports']) {
      expect(relativePathFor(`${kind}:abc-1` as FileId)).toBe(`${kind}/abc-1.alz`);
      expect(fileIdForPath(`${kind}/abc-1.alz`)).toBe(`${kind}:abc-1`);
      expect(backupFolderFor(`${kind}:abc-1` as FileId)).toBe(`backups/${kind}.abc-1`);
      expect(fileIdForBackupFolder(`${kind}.abc-1`)).toBe(`${kind}:abc-1`);
    }
    expect(fileFolders).toEqual(['cases', 'drafts', 'exports', 'reports']);
  });

  it('refuses what is not an export file', () => {
    for (const value of ['exports:', 'exports:../x', 'export:abc', 'exports:a.b']) expect(isFileId(value)).toBe(false);
    for (const name of ['exports/a/b.alz', 'exports/brief.docx', 'other/a.alz'])
      expect(fileIdForPath(name)).toBeUndefined();
  });
});
