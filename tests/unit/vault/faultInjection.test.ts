import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../src/shared/ipc/result';
import { faultyFileSystem, removeFolder, storeFor, temporaryFolder } from './fixtures';

let directory: string;
beforeEach(async () => {
  directory = await temporaryFolder('alianza-faults-');
});
afterEach(async () => {
  await removeFolder(directory);
});

const scenarios = ['first write of a session', 'later write of a session'] as const;
type Scenario = (typeof scenarios)[number];

/**
 * Generations 1 and 2 on disk, and a store over a faulty file system about to write generation
 * 3. In the "later write" scenario it has read the file already, so it does not re-check it.
 */
async function prepare(scenario: Scenario) {
  const reference = storeFor(directory);
  await reference.write('case:alpha', { version: 1 });
  await reference.write('case:alpha', { version: 2 });
  const faults = faultyFileSystem();
  const store = storeFor(directory, { key: reference.key, vaultId: reference.vaultId, fileSystem: faults.fileSystem });
  if (scenario === 'later write of a session') await store.read('case:alpha');
  return { reference, store, faults };
}

async function freshFolder(): Promise<void> {
  await removeFolder(directory);
  directory = await temporaryFolder('alianza-faults-');
}

async function temporaryFilesLeft(): Promise<string[]> {
  const folders = [path.join(directory, 'cases'), path.join(directory, 'backups', 'case.alpha')];
  const names = (await Promise.all(folders.map((folder) => readdir(folder)))).flat();
  return names.filter((name) => name.endsWith('.tmp'));
}

describe('an encrypted write that fails at any step', () => {
  for (const scenario of scenarios) {
    it(`keeps the previous file whole and decryptable and reports the error (${scenario})`, async () => {
      const { store, faults } = await prepare(scenario);
      faults.failAt(undefined);
      await store.write('case:alpha', { version: 3 });
      const steps = [...faults.steps];
      const commit = steps.findIndex((step) => step.startsWith('rename(.alpha.alz.'));
      expect(steps.some((step) => step.startsWith('link(alpha.alz->'))).toBe(true);
      expect(commit, steps.join('\n')).toBeGreaterThan(0);

      for (const code of ['ENOSPC', 'EIO']) {
        for (let index = 0; index < steps.length; index++) {
          const label = `${code} at step ${index + 1} of ${steps.length}: ${steps[index]}`;
          await freshFolder();
          const { reference, store: target, faults: injected } = await prepare(scenario);
          const name = steps[index] ?? '';
          const occurrence = steps.slice(0, index + 1).filter((each) => each === name).length;
          injected.failAt({ name, occurrence }, code);
          const outcome = await target.write('case:alpha', { version: 3 }).then(
            () => undefined,
            (error: unknown) => error,
          );
          expect(injected.steps.filter((each) => each === name).length, label).toBeGreaterThanOrEqual(occurrence);
          injected.failAt(undefined);
          const current = (await reference.read('case:alpha')).data;

          const step = steps[index] ?? '';
          if (outcome === undefined) {
            // Only steps that lose nothing may fail unreported: closing a handle that was only read
            // or synced, and pruning old backups (housekeeping, done again on the next save).
            const harmless =
              (step.endsWith('.close') && !step.includes(',wx)')) ||
              /^(readdir\(case\.alpha\)|rm\(\d+\.alz\))$/.test(step);
            expect(harmless, label).toBe(true);
            expect(current, label).toEqual({ version: 3 });
          } else {
            expect(outcome, label).toBeInstanceOf(AppError);
            // After the rename (the commit) only the disk's confirmation can fail: never "intact".
            const expected = index > commit ? 'write-unconfirmed' : code === 'ENOSPC' ? 'disk-full' : 'io-failure';
            expect((outcome as AppError).code, label).toBe(expected);
            if (index > commit) expect((outcome as AppError).message, label).not.toContain('intact');
            expect((outcome as AppError).file, label).toBeTruthy();
            // Before the rename the previous file is current; after it, the new one is (and the
            // previous one is a valid backup).
            expect(current, label).toEqual({ version: index <= commit ? 2 : 3 });
          }
          expect(await temporaryFilesLeft(), label).toEqual([]);
          const backups = await reference.listBackups('case:alpha');
          expect(
            backups.every((backup) => backup.valid),
            label,
          ).toBe(true);
          // Nothing is stuck: the next write succeeds and reads back.
          await target.write('case:alpha', { version: 4 });
          expect((await reference.read('case:alpha')).data, label).toEqual({ version: 4 });
        }
      }
    });
  }
});
