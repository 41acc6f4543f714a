/**
 * Attack: a key rotation killed (SIGKILL) at random moments, while it stages the re-encrypted
 * files, commits or moves them into place. After each kill the vault must be whole under exactly
 * one passphrase: the old one (every file opens with it, the new one is refused) or the new one,
 * never a mix; `verify` is clean and every file holds what it held. A seeded sample of 10 kills
 * by default; ALIANZA_ROTATION_KILLS=200 for a soak, ALIANZA_ROTATION_KILLS_SEED to vary them.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createVault } from '../../../src/main/vault/createVault';
import { openVault } from '../../../src/main/vault/openVault';
import type { VaultSession } from '../../../src/main/vault/vaultSession';
import { verifyVault } from '../../../src/main/vault/verifyVault';
import { AppError } from '../../../src/shared/ipc/result';
import { exists, removeFolder, temporaryFolder } from '../../unit/vault/fixtures';
import { populate, type Contents } from './rotationFixture';
import { childScript } from '../../support/childScripts';
import { seededRandom } from '../../support/seededRandom';

const kills = Number(process.env['ALIANZA_ROTATION_KILLS'] ?? 10);
const seed = Number(process.env['ALIANZA_ROTATION_KILLS_SEED'] ?? 1);
const passphrases = ['primera frase de acceso larga', 'segunda frase de acceso larga'] as const;

let root: string;
let directory: string;
let worker: string;
let contents: Contents;

beforeAll(async () => {
  root = await temporaryFolder('alianza-rotation-kills-');
  directory = path.join(root, 'journal');
  worker = await childScript('rotationKillWorker');
  const { session } = await createVault({ directory, passphrase: passphrases[0], holder: 'cli' });
  contents = await populate(session);
  // More cases, so the staging and the moves last long enough for kills to land inside them.
  for (let index = 0; index < 40; index++) {
    const data = { alias: `Caso ${index}`, note: 'Sesión en el domicilio. '.repeat(200) };
    await session.writeFile(`case:extra-${index}`, data);
    contents.set(`case:extra-${index}`, data);
  }
  await session.lock();
}, 60_000);
afterAll(async () => {
  await removeFolder(root);
});

/** Runs one rotation from `from` to `to`; kills it `delay` ms after it starts staging, if given. */
async function rotate(
  from: string,
  to: string,
  delay: number | undefined,
): Promise<{ killed: boolean; staging: number }> {
  const child = spawn(process.execPath, [worker, directory], {
    env: { ...process.env, ALIANZA_TEST_FROM: from, ALIANZA_TEST_TO: to },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let errors = '';
  let stagedAt: number | undefined;
  let markStaging: () => void = () => undefined;
  const staging = new Promise<void>((resolve) => (markStaging = resolve));
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    if (chunk.includes('staging') && stagedAt === undefined) {
      stagedAt = performance.now();
      markStaging();
    }
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (errors += chunk));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  if (delay !== undefined) {
    await Promise.race([staging.then(() => sleep(delay)), exited]);
    child.kill('SIGKILL');
  }
  const { code, signal } = await exited;
  const duration = stagedAt === undefined ? 0 : performance.now() - stagedAt;
  if (signal === 'SIGKILL') return { killed: true, staging: duration };
  if (code !== 0) throw new Error(`The rotation failed (code ${String(code)}): ${errors}`);
  return { killed: false, staging: duration };
}

/** The passphrase the vault opens with now, or undefined; the other one must be refused. */
async function openWithEither(): Promise<{ index: 0 | 1; session: VaultSession } | undefined> {
  for (const index of [0, 1] as const) {
    try {
      return { index, session: await openVault({ directory, passphrase: passphrases[index], holder: 'app' }) };
    } catch (error) {
      if (!(error instanceof AppError) || error.code !== 'wrong-passphrase') throw error;
    }
  }
  return undefined;
}

/** Whole: verify is clean, and every file decrypts and holds what it held. */
async function isWhole(session: VaultSession): Promise<boolean> {
  const report = await verifyVault(session);
  if (report.problems.length > 0) return false;
  for (const [fileId, data] of contents) {
    if (JSON.stringify((await session.readFile(fileId)).data) !== JSON.stringify(data)) return false;
  }
  return true;
}

function sleep(milliseconds: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, milliseconds));
}

describe('a key rotation killed at random moments', () => {
  it(
    `leaves the old vault or the new one, whole, never a mix (${kills} kills)`,
    async () => {
      const random = seededRandom(seed);
      // One rotation to the end first: how long staging and moving take here.
      const calibration = await rotate(passphrases[0], passphrases[1], undefined);
      let current: 0 | 1 = 1;
      const counts = { old: 0, new: 0, mixed: 0, finishedBeforeKill: 0, rolledBack: 0, finishedByUnlock: 0 };
      for (let run = 0; run < kills; run++) {
        const next: 0 | 1 = current === 0 ? 1 : 0;
        // Mostly while files are staged, committed or moved; now and then before (opening, the KDF).
        const delay = random() < 0.1 ? -1 : random() * calibration.staging * 1.2;
        const { killed } = await rotate(passphrases[current], passphrases[next], delay < 0 ? 0 : delay);
        if (!killed) counts.finishedBeforeKill += 1;
        // What the kill left for the next unlock: a staged copy to drop, or a committed one to finish.
        if (await exists(path.join(directory, '.rotation', 'commit.json'))) counts.finishedByUnlock += 1;
        else if (await exists(path.join(directory, '.rotation'))) counts.rolledBack += 1;
        const opened = await openWithEither();
        if (opened === undefined) {
          counts.mixed += 1;
          continue;
        }
        try {
          const whole = await isWhole(opened.session);
          if (!whole) counts.mixed += 1;
          else if (opened.index === current) counts.old += 1;
          else counts.new += 1;
          current = opened.index;
        } finally {
          await opened.session.lock();
        }
        // The unlock settled the killed rotation: nothing of it is left.
        expect(await exists(path.join(directory, '.rotation'))).toBe(false);
      }
      console.warn(
        `rotation kills: ${kills} runs, old ${counts.old}, new ${counts.new}, mixed ${counts.mixed}` +
          ` (left staged and rolled back ${counts.rolledBack}, committed and finished by the unlock ${counts.finishedByUnlock},` +
          ` finished before the kill ${counts.finishedBeforeKill}; staging and moving take ${Math.round(calibration.staging)} ms; seed ${seed})`,
      );
      expect(counts.mixed).toBe(0);
      expect(counts.old + counts.new).toBe(kills);
    },
    // Each run derives three or four scrypt keys (the child's two, the check's): seconds apiece on busy cores.
    60_000 + kills * 30_000,
  );
});
