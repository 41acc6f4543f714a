import { describe, expect, it } from 'vitest';
import { classifyEngineFile, isHalfSynced } from '../../../src/main/sync/engineFiles';
import { headerBackupPath, headerFileName, indexFileName, lockFileName } from '../../../src/main/vault/vaultLayout';

const caseFile = 'cases/3f1c2a9e-8d4b-4c1a-9f2e-1b2c3d4e5f60.alz';

describe('files a sync engine is still receiving', () => {
  it.each([
    ['cases/.syncthing.abc.alz.tmp', 'syncthing', 'abc.alz'],
    ['~syncthing~vault.json.tmp', 'syncthing', 'vault.json'],
    ['.syncthing.d41d8cd98f00b204e9800998ecf8427e.tmp', 'syncthing', 'd41d8cd98f00b204e9800998ecf8427e'],
    ['cases/.abc.alz.~1f3a9c', 'nextcloud', 'abc.alz'],
    ['.vault.json.~ffffffff', 'nextcloud', 'vault.json'],
    ['.~lock.abc.alz#', 'other', 'abc.alz'],
  ])('%s is half-received by %s, for %s', (relative, engine, target) => {
    expect(classifyEngineFile(relative)).toEqual({ kind: 'temporary', engine, target });
    expect(isHalfSynced(relative)).toBe(true);
  });

  it.each([
    'cases/abc.alz.tmp',
    'backups/case.abc/3.alz.TMP',
    'drafts/x.alz.part',
    'index.alz.partial',
    // the vault's own durable write in progress
    'cases/.abc.alz.0123456789ab.tmp',
    '.dropbox.cache/2026-12-03/abc.alz (deleted 1a2b).alz',
  ])('%s is half-received', (relative) => {
    expect(classifyEngineFile(relative)?.kind).toBe('temporary');
    expect(isHalfSynced(relative)).toBe(true);
  });

  it.each([
    ['.stfolder', 'syncthing'],
    ['.stfolder/syncthing-folder-1a2b3c.txt', 'syncthing'],
    ['.stignore', 'syncthing'],
    ['.stversions/cases/abc~20260101-000000.alz', 'syncthing'],
    ['.dropbox', 'dropbox'],
    ['.dropbox.attr', 'dropbox'],
    ['.sync_0a1b2c3d4e5f.db', 'nextcloud'],
    ['._sync_0a1b2c3d4e5f.db-wal', 'nextcloud'],
    ['.owncloudsync.log', 'nextcloud'],
  ])('%s is bookkeeping of %s', (relative, engine) => {
    expect(classifyEngineFile(relative)).toEqual({ kind: 'metadata', engine });
    expect(isHalfSynced(relative)).toBe(false);
  });

  it.each([
    caseFile,
    indexFileName,
    headerFileName,
    headerBackupPath,
    lockFileName,
    'backups/case.abc/12.alz',
    'cases/abc.sync-conflict-20260101-000000-ABCDEFG.alz',
    'cases/syncthing.abc.alz',
    'cases/.syncthing.abc.alz',
    'cases/abc.tmp.alz',
    'cases/abc.alz.~1f3a9c',
    'cases/.abc.alz.~xyz',
    'cases/.abc.alz.~123456789',
    'cases/tmp',
    'partial.alz',
    'stfolder',
    'cases/.stfolderx',
    '.dropboxx',
  ])('%s belongs to no engine', (relative) => {
    expect(classifyEngineFile(relative)).toBeUndefined();
    expect(isHalfSynced(relative)).toBe(false);
  });
});
