import * as fs from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseConflictCopy, type SyncEngine } from '../../../src/main/sync/conflictCopies';
import { classifyEngineFile, isHalfSynced } from '../../../src/main/sync/engineFiles';
import { SimulatedEngine, type Side } from '../../sync/harness/simulatedEngine';

let root: string;
let folders: Record<Side, string>;
beforeEach(async () => {
  root = await fs.mkdtemp(path.join(tmpdir(), 'alianza-simulated-'));
  folders = { a: path.join(root, 'a'), b: path.join(root, 'b') };
  for (const folder of Object.values(folders)) await fs.mkdir(path.join(folder, 'cases'), { recursive: true });
});
afterEach(async () => {
  await fs.rm(root, { recursive: true, force: true });
});

const devices: Record<SyncEngine, Record<Side, string>> = {
  syncthing: { a: 'AAAAAAA', b: 'BBBBBBB' },
  nextcloud: { a: 'ana', b: 'beto' },
  dropbox: { a: 'Ana', b: 'Beto' },
  onedrive: { a: 'OFICINA', b: 'CASA-PC' },
};
const engines = Object.keys(devices) as SyncEngine[];
const at = new Date(Date.UTC(2026, 11, 3, 2, 30, 0));

const write = async (side: Side, relative: string, text: string, secondsAgo = 0): Promise<void> => {
  const file = path.join(folders[side], relative);
  await fs.writeFile(file, text);
  const when = new Date(Date.now() - secondsAgo * 1000);
  await fs.utimes(file, when, when);
};
const read = (side: Side, relative: string): Promise<string> => fs.readFile(path.join(folders[side], relative), 'utf8');
const names = (side: Side, folder = 'cases'): Promise<string[]> =>
  fs.readdir(path.join(folders[side], folder)).then((entries) => entries.sort());

describe.each(engines)('the simulated %s engine', (engine) => {
  const start = (): SimulatedEngine =>
    new SimulatedEngine({ engine, folders, devices: devices[engine], now: () => at });

  it('carries new files, edits and removals from either side', async () => {
    const sync = start();
    await write('a', 'cases/one.alz', 'one');
    await write('b', 'vault.json', '{}');
    expect((await sync.sync()).delivered.sort()).toEqual(['a:vault.json', 'b:cases/one.alz']);
    expect(await read('b', 'cases/one.alz')).toBe('one');
    expect(await read('a', 'vault.json')).toBe('{}');

    await write('b', 'cases/one.alz', 'one, edited on b');
    await fs.rm(path.join(folders.a, 'vault.json'));
    const report = await sync.sync();
    expect(report).toEqual({ delivered: ['a:cases/one.alz'], removed: ['b:vault.json'], conflicts: [] });
    expect(await read('a', 'cases/one.alz')).toBe('one, edited on b');
    await expect(fs.stat(path.join(folders.b, 'vault.json'))).rejects.toThrow();
    expect(await sync.sync()).toEqual({ delivered: [], removed: [], conflicts: [] });
  });

  it.each(['a', 'b'] as const)(
    'keeps the newer edit (%s) and the other as a copy parseConflictCopy recognises',
    async (newer) => {
      const sync = start();
      await write('a', 'cases/x.alz', 'ancestor');
      await sync.sync();
      const older = newer === 'a' ? 'b' : 'a';
      await write(newer, 'cases/x.alz', `newer from ${newer}`);
      await write(older, 'cases/x.alz', `older from ${older}`, 60);
      const report = await sync.sync();

      expect(report.conflicts).toHaveLength(1);
      expect(report.conflicts[0]?.kept).toBe(newer);
      const listing = await names('a');
      expect(await names('b')).toEqual(listing);
      expect(listing).toHaveLength(2);
      const copyName = listing.find((name) => name !== 'x.alz') ?? '';
      const parsed = parseConflictCopy(copyName, listing);
      expect(parsed).toMatchObject({ original: 'x.alz', engine });
      expect(parsed?.device).toBe(devices[engine][engine === 'syncthing' ? newer : older]);
      for (const side of ['a', 'b'] as const) {
        expect(await read(side, 'cases/x.alz')).toBe(`newer from ${newer}`);
        expect(await read(side, `cases/${copyName}`)).toBe(`older from ${older}`);
      }
      expect(await sync.sync()).toEqual({ delivered: [], removed: [], conflicts: [] });
    },
  );

  it('lets an edit beat a removal made on the other side', async () => {
    const sync = start();
    await write('a', 'cases/x.alz', 'ancestor');
    await sync.sync();
    await write('a', 'cases/x.alz', 'edited');
    await fs.rm(path.join(folders.b, 'cases/x.alz'));
    expect((await sync.sync()).conflicts).toEqual([]);
    expect(await read('b', 'cases/x.alz')).toBe('edited');
  });

  it('shows a delivered file only half written, under a name isHalfSynced refuses', async () => {
    const sync = start();
    const bytes = 'x'.repeat(1000);
    await write('a', 'cases/big.alz', bytes);
    const seen: string[] = [];
    await sync.sync(async ({ side, relativePath, temporaryPath }) => {
      expect(side).toBe('b');
      expect(relativePath).toBe('cases/big.alz');
      expect(isHalfSynced(temporaryPath)).toBe(true);
      expect(classifyEngineFile(temporaryPath)?.engine).toBe(engine === 'onedrive' ? 'other' : engine);
      expect((await fs.readFile(path.join(folders.b, temporaryPath))).length).toBe(500);
      await expect(fs.stat(path.join(folders.b, relativePath))).rejects.toThrow();
      seen.push(temporaryPath);
    });
    expect(seen).toHaveLength(1);
    expect(await read('b', 'cases/big.alz')).toBe(bytes);
    expect(await names('b')).toEqual(['big.alz']);
  });
});
