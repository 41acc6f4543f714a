import { describe, expect, it } from 'vitest';
import {
  backupFolderFor,
  fileFolders,
  fileIdForBackupFolder,
  fileIdForPath,
  isFileId,
  relativePathFor,
} from '../../../src/main/vault/vaultLayout';

describe('the export file of a case in the vault layout', () => {
  it('maps one-to-one to its path and its backup folder', () => {
    expect(relativePathFor('exports:abc-1')).toBe('exports/abc-1.alz');
    expect(fileIdForPath('exports/abc-1.alz')).toBe('exports:abc-1');
    expect(backupFolderFor('exports:abc-1')).toBe('backups/exports.abc-1');
    expect(fileIdForBackupFolder('exports.abc-1')).toBe('exports:abc-1');
    expect(fileFolders).toEqual(['cases', 'drafts', 'exports']);
  });

  it('refuses what is not an export file', () => {
    for (const value of ['exports:', 'exports:../x', 'export:abc', 'exports:a.b']) expect(isFileId(value)).toBe(false);
    for (const name of ['exports/a/b.alz', 'exports/brief.docx', 'other/a.alz'])
      expect(fileIdForPath(name)).toBeUndefined();
  });
});
