import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileIdForVaultPath } from '../../../src/main/journal/backupRestore';
import { draftFileId } from '../../../src/main/journal/drafts';
import { thrown } from '../vault/fixtures';

const vault = path.resolve('/home/ana/Alianza/vault');

describe('naming the file to restore', () => {
  it('maps the absolute path of a case file, a draft or the index to its file id', () => {
    expect(fileIdForVaultPath(vault, path.join(vault, 'cases', 'c-1.alz'))).toBe('case:c-1');
    expect(fileIdForVaultPath(vault, path.join(vault, 'drafts', 'd-1.alz'))).toBe('draft:d-1');
    expect(fileIdForVaultPath(vault, path.join(vault, 'index.alz'))).toBe('index');
    expect(fileIdForVaultPath(`${vault}${path.sep}`, path.join(vault, 'cases', '..', 'index.alz'))).toBe('index');
  });

  it.each([
    ['a relative path', 'cases/c-1.alz'],
    ['a file outside the vault', path.resolve('/home/ana/.ssh/id_ed25519')],
    ['a way out of the vault', path.join(vault, '..', 'other', 'cases', 'c-1.alz')],
    ['a sibling folder with the same prefix', `${vault}-copy${path.sep}index.alz`],
    ['the vault folder itself', vault],
    ['the header', path.join(vault, 'vault.json')],
    ['a backup', path.join(vault, 'backups', 'case.c-1', '3.alz')],
    ['a damaged copy', path.join(vault, 'cases', 'c-1.alz.damaged-2025-03-14T10-00-00-000Z')],
  ])('refuses %s', (_name, file) => {
    expect(thrown(() => fileIdForVaultPath(vault, file)).code).toBe('invalid-request');
  });
});

describe('draft ids', () => {
  it('refuses an id that cannot be a file name', () => {
    expect(draftFileId('3f2a-11')).toBe('draft:3f2a-11');
    expect(thrown(() => draftFileId('a.b')).code).toBe('invalid-request');
    expect(thrown(() => draftFileId('con')).code).toBe('invalid-request');
  });
});
