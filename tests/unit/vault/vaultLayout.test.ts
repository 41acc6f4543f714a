import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../src/main/vault/canonicalJson';
import {
  backupFolderFor,
  deviceFileId,
  fileIdForBackupFolder,
  fileIdForPath,
  isFileId,
  isVaultFilePath,
  relativePathFor,
  splitDeviceFileId,
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

describe("a device's files in a synced vault", () => {
  const device = '0123456789abcdef0123456789abcdef';

  it('live in its folder, laid out as the root is, and map back one-to-one', () => {
    const ids: FileId[] = [
      deviceFileId(device, 'index'),
      deviceFileId(device, 'case:c-1'),
      deviceFileId(device, 'exports:c-1'),
      deviceFileId(device, 'reports:c-1'),
      deviceFileId(device, 'draft:d_1'),
    ];
    expect(relativePathFor(deviceFileId(device, 'case:c-1'))).toBe(`devices/${device}/cases/c-1.alz`);
    expect(relativePathFor(deviceFileId(device, 'index'))).toBe(`devices/${device}/index.alz`);
    expect(backupFolderFor(deviceFileId(device, 'case:c-1'))).toBe(`devices/${device}/backups/case.c-1`);
    for (const fileId of ids) {
      expect(isFileId(fileId)).toBe(true);
      expect(fileIdForPath(relativePathFor(fileId))).toBe(fileId);
      const folder = backupFolderFor(fileId).split('/').at(-1) ?? '';
      expect(fileIdForBackupFolder(folder, device)).toBe(fileId);
      expect(isVaultFilePath(`${backupFolderFor(fileId)}/3.alz`)).toBe(true);
      expect(splitDeviceFileId(fileId)?.deviceId).toBe(device);
    }
    expect(splitDeviceFileId('case:c-1')).toBeUndefined();
  });

  it.each([
    `device:${device}/`,
    `device:${device}/note:x`,
    `device:${device}/case:../x`,
    'device:legacy/case:c-1',
    `device:${device.toUpperCase()}/case:c-1`,
    `device:${device}/device:${device}/case:c-1`,
  ])('refuses %j', (value) => {
    expect(isFileId(value)).toBe(false);
  });

  it('holds no header and no nested device folder', () => {
    for (const name of [
      `devices/${device}/vault.json`,
      `devices/${device}/backups/header/vault.json`,
      `devices/${device}/devices/${device}/cases/a.alz`,
      'devices/laptop/cases/a.alz',
    ]) {
      expect(isVaultFilePath(name)).toBe(false);
      expect(fileIdForPath(name)).toBeUndefined();
    }
    expect(() => deviceFileId('legacy', 'case:c-1')).toThrow(TypeError);
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
