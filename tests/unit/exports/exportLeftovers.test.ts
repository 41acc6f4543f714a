/**
 * Attack on the cleanup of stale temporary files: only files of our exact naming, for an export
 * file, regular files, older than the grace period, are removed; a link to a file elsewhere, a
 * folder, someone else's file or a write still in progress is left alone.
 */
import { lutimes, mkdir, readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { removeStaleTemporaryFiles, staleAfterMilliseconds } from '../../../src/main/exports/exportLeftovers';
import { removeFolder, temporaryFolder } from '../vault/fixtures';

let folder: string;
let elsewhere: string;
beforeEach(async () => {
  folder = await temporaryFolder('alianza-export-leftovers-');
  elsewhere = await temporaryFolder('alianza-export-elsewhere-');
});
afterEach(async () => {
  await removeFolder(folder);
  await removeFolder(elsewhere);
});

async function aged(name: string, create: (file: string) => Promise<void>): Promise<void> {
  const file = path.join(folder, name);
  await create(file);
  const then = new Date(Date.now() - 2 * staleAfterMilliseconds);
  await lutimes(file, then, then);
}

describe('removing stale temporary files of exports', () => {
  it('removes ours once stale, and nothing else', async () => {
    const text = (file: string) => writeFile(file, 'half a document');
    const ours = ['.brief.md.0123456789ab.tmp', '.Informe final.DOCX.abcdef012345.tmp', '.x.html.ffffffffffff.tmp'];
    for (const name of ours) await aged(name, text);
    const kept = [
      '.notes.txt.0123456789ab.tmp',
      '.brief.md.0123456789AB.tmp',
      '.brief.md.0123456789a.tmp',
      'brief.md.0123456789ab.tmp',
      '.brief.md.0123456789ab.tmp.bak',
      'brief.md',
    ];
    for (const name of kept) await aged(name, text);
    await writeFile(path.join(folder, '.fresh.md.0123456789ab.tmp'), 'being written now');
    const target = path.join(elsewhere, 'precious.md');
    await writeFile(target, 'not ours to remove');
    await aged('.link.md.0123456789ab.tmp', (file) => symlink(target, file));
    await aged('.folder.md.0123456789ab.tmp', (file) => mkdir(file));

    const removed = await removeStaleTemporaryFiles(folder);
    const left = await readdir(folder);
    console.warn(`export leftovers: removed ${removed.length} of ours, left ${left.length} others`);
    expect(removed.sort()).toEqual([...ours].sort());
    expect(left.sort()).toEqual(
      [...kept, '.fresh.md.0123456789ab.tmp', '.link.md.0123456789ab.tmp', '.folder.md.0123456789ab.tmp'].sort(),
    );
    expect(await readFile(target, 'utf8')).toBe('not ours to remove');
  });

  it('does nothing in a folder it cannot read', async () => {
    expect(await removeStaleTemporaryFiles(path.join(folder, 'missing'))).toEqual([]);
  });
});
