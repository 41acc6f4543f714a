import { describe, expect, it } from 'vitest';
import { parseConflictCopy, type SyncEngine } from '../../../src/main/sync/conflictCopies';
import {
  backupFileName,
  headerFileName,
  indexFileName,
  lockFileName,
  relativePathFor,
} from '../../../src/main/vault/vaultLayout';
import { conflictCopyName } from '../../sync/harness/conflictNames';

const baseName = (relative: string): string => relative.split('/').pop() ?? relative;

/** Every kind of name a vault folder holds. */
const vaultNames = [
  baseName(relativePathFor('case:3f1c2a9e-8d4b-4c1a-9f2e-1b2c3d4e5f60')),
  baseName(relativePathFor('draft:d_1')),
  baseName(relativePathFor('exports:A-b_9')),
  baseName(relativePathFor('reports:x')),
  indexFileName,
  headerFileName,
  lockFileName,
  backupFileName(0),
  backupFileName(12),
];

const at = new Date(Date.UTC(2026, 11, 3, 2, 15, 9));
const devices: Record<SyncEngine, string[]> = {
  syncthing: ['ABCDE27'],
  nextcloud: ['', 'ana.rojas', 'Ana Rojas'],
  dropbox: ['', 'Ana Rojas', 'OFICINA-PC'],
  onedrive: ['DESKTOP-AB12CDE', 'OFICINA'],
};
const engines = Object.keys(devices) as SyncEngine[];

describe('conflict copies of every vault file', () => {
  for (const engine of engines) {
    for (const device of devices[engine]) {
      it.each(vaultNames)(`${engine} (${device || 'no name'}): %s`, (original) => {
        const copy = conflictCopyName(engine, original, { device, at });
        const parsed = parseConflictCopy(copy, [original, copy]);
        expect(parsed).toMatchObject({ original, engine });
        expect(parsed?.device).toBe(device === '' ? undefined : device);
        const expectedWhen = {
          syncthing: '2026-12-03T02:15:09',
          nextcloud: '2026-12-03T02:15:09',
          dropbox: '2026-12-03',
        };
        expect(parsed?.when).toBe(engine === 'onedrive' ? undefined : expectedWhen[engine]);
      });
    }
  }

  it('reads the exact names the engines document', () => {
    expect(parseConflictCopy('notes.sync-conflict-20150102-030405-ABCDEFG.txt')).toEqual({
      original: 'notes.txt',
      engine: 'syncthing',
      device: 'ABCDEFG',
      when: '2015-01-02T03:04:05',
    });
    expect(parseConflictCopy('conflict (conflicted copy 2024-05-06 070809).txt')).toEqual({
      original: 'conflict.txt',
      engine: 'nextcloud',
      when: '2024-05-06T07:08:09',
    });
    expect(parseConflictCopy("foo (Miguel Mota's conflicted copy 2014-06-17).txt")).toEqual({
      original: 'foo.txt',
      engine: 'dropbox',
      device: 'Miguel Mota',
      when: '2014-06-17',
    });
    expect(parseConflictCopy('foo (Ana’s conflicted copy 2014-06-17 (1)).txt')).toMatchObject({
      original: 'foo.txt',
      device: 'Ana',
    });
    expect(parseConflictCopy('Budget-DESKTOP123.xlsx', ['Budget.xlsx'])).toEqual({
      original: 'Budget.xlsx',
      engine: 'onedrive',
      device: 'DESKTOP123',
    });
    expect(parseConflictCopy('abc_conflict-20240102-030405.alz', ['abc.alz'])).toEqual({
      original: 'abc.alz',
      engine: 'nextcloud',
      when: '2024-01-02T03:04:05',
    });
  });

  it('keeps the original name whole: unicode, nested extensions, no extension', () => {
    expect(parseConflictCopy('niño ñandú.sync-conflict-20260101-000000-ABCDEFG.alz')?.original).toBe('niño ñandú.alz');
    expect(parseConflictCopy('abc.alz.sync-conflict-20260101-000000-ABCDEFG.tmp')?.original).toBe('abc.alz.tmp');
    expect(parseConflictCopy('README.sync-conflict-20260101-000000-ABCDEFG')?.original).toBe('README');
    expect(parseConflictCopy('abc.alz (conflicted copy 2026-01-01 000000).bak')?.original).toBe('abc.alz.bak');
    expect(parseConflictCopy('Makefile (conflicted copy 2026-01-01 000000)')?.original).toBe('Makefile');
  });

  it('removes only the outermost marker of a copy of a copy', () => {
    const once = conflictCopyName('syncthing', 'abc.alz', { device: 'AAAAAAA', at });
    const twice = conflictCopyName('syncthing', once, { device: 'BBBBBBB', at });
    expect(parseConflictCopy(twice)).toMatchObject({ original: once, device: 'BBBBBBB' });
    expect(parseConflictCopy(once)).toMatchObject({ original: 'abc.alz', device: 'AAAAAAA' });
    const mixed = conflictCopyName('nextcloud', once, { device: '', at });
    expect(parseConflictCopy(mixed)).toMatchObject({ original: once, engine: 'nextcloud' });
  });

  it.each([
    // vault names themselves, and ids that spell a marker without its dot, space or parenthesis
    ...vaultNames,
    'sync-conflict-20260101-000000-ABCDEFG.alz',
    'abc-sync-conflict-20260101-000000-ABCDEFG.alz',
    'conflicted_copy_2026-01-01.alz',
    // dates and times that do not exist
    'a.sync-conflict-20261301-000000-ABCDEFG.alz',
    'a.sync-conflict-20260230-000000-ABCDEFG.alz',
    'a.sync-conflict-20260101-240000-ABCDEFG.alz',
    'a.sync-conflict-20260101-006000-ABCDEFG.alz',
    'a.sync-conflict-20260101-000060-ABCDEFG.alz',
    'a.sync-conflict-19691231-000000-ABCDEFG.alz',
    'a (conflicted copy 2026-02-29 000000).alz',
    "a (Ana's conflicted copy 2026-00-10).alz",
    // device ids of the wrong shape (Syncthing short ids are 7 upper-case base32 characters)
    'a.sync-conflict-20260101-000000-abcdefg.alz',
    'a.sync-conflict-20260101-000000-ABCDEF1.alz',
    'a.sync-conflict-20260101-000000-ABCDEFGH.alz',
    // Syncthing would have put the original's extension after the marker
    'a.alz.sync-conflict-20260101-000000-ABCDEFG',
    // nothing before the marker
    '.sync-conflict-20260101-000000-ABCDEFG',
    ' (conflicted copy 2026-01-01 000000).alz',
    // the wrong words, spacing or separators
    'a (conflicted copy 2026-01-01 00:00:00).alz',
    'a (conflicted copy 2026-01-01).alz.',
    'a(conflicted copy 2026-01-01 000000).alz',
    "a (Ana's conflict copy 2026-01-01).alz",
    'a (Conflicted Copy 2026-01-01 000000).alz',
    'a.sync-conflict-2026010-000000-ABCDEFG.alz',
  ])('is not a conflict copy: %s', (name) => {
    expect(parseConflictCopy(name, [...vaultNames, 'a.alz', 'abc.alz'])).toBeUndefined();
  });
});

describe('the ambiguous rules (OneDrive, old ownCloud)', () => {
  const id = '3f1c2a9e-8d4b-4c1a-9f2e-1b2c3d4e5f60.alz';

  it('are not believed without the original beside the copy', () => {
    expect(parseConflictCopy(id)).toBeUndefined();
    expect(parseConflictCopy(id, [id])).toBeUndefined();
    expect(parseConflictCopy('abc-OFICINA.alz')).toBeUndefined();
    expect(parseConflictCopy('abc-OFICINA.alz', ['abc.json', 'abc'])).toBeUndefined();
    expect(parseConflictCopy('abc_conflict-20240102-030405.alz', [])).toBeUndefined();
  });

  it('believe a UUID-shaped suffix only when its prefix is a file in the folder', () => {
    expect(parseConflictCopy(id, ['3f1c2a9e-8d4b-4c1a-9f2e.alz'])).toEqual({
      original: '3f1c2a9e-8d4b-4c1a-9f2e.alz',
      engine: 'onedrive',
      device: '1b2c3d4e5f60',
    });
  });

  it('split a device name holding hyphens, preferring the longest existing original', () => {
    expect(parseConflictCopy('abc-DESKTOP-AB12CDE.alz', ['abc.alz'])).toMatchObject({
      original: 'abc.alz',
      device: 'DESKTOP-AB12CDE',
    });
    expect(parseConflictCopy('abc-DESKTOP-AB12CDE.alz', ['abc.alz', 'abc-DESKTOP.alz'])).toMatchObject({
      original: 'abc-DESKTOP.alz',
      device: 'AB12CDE',
    });
  });

  it.each([
    ['abc-12345.alz', 'all digits'],
    ['abc-ABCDEFGHIJKLMNOP.alz', 'longer than 15 characters'],
    ['abc-.alz', 'empty'],
    ['abc--X.alz', 'starting with a hyphen'],
    ['abc-ÑANDÚ.alz', 'not ASCII'],
    ['abc-OFI CINA.alz', 'with a space'],
  ])('refuse a computer name that cannot be one: %s (%s)', (name) => {
    expect(parseConflictCopy(name, ['abc.alz'])).toBeUndefined();
  });
});
