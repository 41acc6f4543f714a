/**
 * Attack: a process exporting briefs and court-report documents is killed (SIGKILL) at random
 * moments. After each kill, every export file in the folder must be in the case's export log
 * with its SHA-256 (confirmed, or pending: "may have been written"), and the next export to that
 * folder must remove the temporary files the kill left (once older than the grace period, which
 * the test stands in for by ageing them), and nothing else. A seeded sample of 10 kills by
 * default; ALIANZA_EXPORT_KILLS=200 for a soak, ALIANZA_EXPORT_KILLS_SEED to vary the moments.
 */
import { spawn } from 'node:child_process';
import { watch } from 'node:fs';
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportLogOf } from '../../../src/main/exports/exportLog';
import { isExportFileName } from '../../../src/main/exports/exportPath';
import { staleAfterMilliseconds } from '../../../src/main/exports/exportLeftovers';
import { createExportService } from '../../../src/main/exports/exportService';
import { createJournalStore } from '../../../src/main/journal/journalStore';
import { reportFileOf } from '../../../src/main/reports/reportFile';
import { temporaryFileTarget } from '../../../src/main/vault/durableFile';
import { openVaultWithRecoveryKey } from '../../../src/main/vault/openVault';
import type { VaultSession } from '../../../src/main/vault/vaultSession';
import { alianza } from '../../support/cli';
import { wordList } from '../../unit/exports/fixtures';
import { removeFolder, temporaryFolder } from '../../unit/vault/fixtures';
import { reportFor, withSources } from './courtReportSupport';
import { childScript } from '../../support/childScripts';
import { seededRandom } from '../../support/seededRandom';

const fixture = path.resolve(import.meta.dirname, '../../fixtures/interchange-full.json');
const passphrase = 'correct horse battery staple';
const kills = Number(process.env['ALIANZA_EXPORT_KILLS'] ?? 10);
const seed = Number(process.env['ALIANZA_EXPORT_KILLS_SEED'] ?? 1);
/** Five exports in turn, so each run starts at another one. */
const steps = 5;

let root: string;
let vault: string;
let outbox: string;
let writer: string;
let recoveryKey: string;
let caseId: string;
let reportId: string;

async function withVault<T>(action: (session: VaultSession) => Promise<T>): Promise<T> {
  // The parent takes over the killed writer's lock, as the next app start would.
  const session = await openVaultWithRecoveryKey({ directory: vault, recoveryKey, holder: 'app' });
  try {
    return await action(session);
  } finally {
    await session.lock();
  }
}

beforeAll(async () => {
  root = await temporaryFolder('alianza-export-kills-');
  vault = path.join(root, 'vault');
  outbox = path.join(root, 'outbox');
  await mkdir(outbox);
  const bundled = childScript('exportKillWriter');
  const init = await alianza(['init', '--vault', vault, '--passphrase-stdin', '--json'], [passphrase]);
  recoveryKey = String(init.json['recoveryKey']);
  await alianza(['import', fixture, '--vault', vault, '--passphrase-stdin'], [passphrase]);
  await withVault(async (session) => {
    const store = createJournalStore(session);
    caseId = (await store.listCases()).find((summary) => summary.alias === 'Familia R.')!.id;
    const reportable = (await store.readCase(caseId)).entries.find((entry) =>
      entry.sections.some((section) => section.id === 'hechos'),
    )!;
    const report = withSources(reportFor(caseId), { entryId: reportable.id, sectionId: 'hechos' });
    reportId = report.id;
    await reportFileOf(session).update(caseId, (current) => ({
      next: { ...current, reports: [report] },
      result: undefined,
    }));
  });
  writer = await bundled;
}, 120_000);
afterAll(async () => {
  await removeFolder(root);
});

/**
 * When a run is killed: while the writer starts; at a random moment after its first export was
 * saved (counted from the writer's own line, so a busy machine delays the kill rather than
 * landing it before any export); or the moment the `count`-th temporary file of ours appears in
 * the folder (a document half written, the first export's too).
 */
type Moment = { kind: 'starting' | 'exporting'; delay: number } | { kind: 'temporary'; count: number };

/** Runs the writer from `step` and SIGKILLs it at `moment`; the exports it saw saved. */
async function runAndKill(step: number, moment: Moment): Promise<number> {
  let seen = 0;
  let markWriting: () => void = () => undefined;
  const writing = new Promise<void>((resolve) => (markWriting = resolve));
  const watcher = watch(outbox, (_event, name) => {
    if (moment.kind === 'temporary' && name !== null && isOurs(name) && name !== fresh && ++seen === moment.count)
      markWriting();
  });
  const child = spawn(process.execPath, [writer, vault, outbox, caseId, reportId, String(step)], {
    env: { ...process.env, ALIANZA_TEST_RECOVERY_KEY: recoveryKey },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let exported = 0;
  let errors = '';
  let markExported: () => void = () => undefined;
  const firstExport = new Promise<void>((resolve) => (markExported = resolve));
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    exported += chunk.match(/^exported /gm)?.length ?? 0;
    if (exported > 0) markExported();
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (errors += chunk));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  if (moment.kind === 'starting') await sleep(moment.delay / 4);
  else if (moment.kind === 'exporting') await Promise.race([firstExport.then(() => sleep(moment.delay)), exited]);
  else await Promise.race([writing, exited, sleep(10_000)]);
  child.kill('SIGKILL');
  watcher.close();
  const { code, signal } = await exited;
  if (signal !== 'SIGKILL') throw new Error(`The writer stopped on its own (code ${String(code)}): ${errors}`);
  return exported;
}

/** A draw of when to kill: a tenth while starting, half on a temporary file, the rest at random. */
function momentOf(random: () => number): Moment {
  const draw = random();
  if (draw < 0.1) return { kind: 'starting', delay: 50 + random() * 900 };
  if (draw < 0.6) return { kind: 'temporary', count: 1 + Math.floor(random() * 3) };
  return { kind: 'exporting', delay: 50 + random() * 900 };
}

function sleep(milliseconds: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, milliseconds));
}

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** True for a temporary file of ours: our naming, for an export file. */
function isOurs(name: string): boolean {
  return isExportFileName(temporaryFileTarget(name) ?? '');
}

/** Names in the export folder that are temporary files of ours. */
async function ourTemporaryFiles(): Promise<string[]> {
  return (await readdir(outbox)).filter(isOurs);
}

/** Files that look like ours but are not, or are too new to be stale: the cleanup must leave them. */
const bystanders = {
  '.notes.txt.0123456789ab.tmp': 'not an export',
  '.brief.md.0123.tmp': 'not our pattern',
  'brief.md.0123456789ab.tmp': 'no leading dot',
};
const fresh = '.fresh.md.0123456789ab.tmp';

describe('exports killed at random moments', () => {
  it(
    `never leave an export file unlogged, nor a stale temporary file after the next export (${kills} kills)`,
    async () => {
      const random = seededRandom(seed);
      const aged = new Date(Date.now() - 2 * staleAfterMilliseconds);
      for (const [name, text] of Object.entries(bystanders)) {
        await writeFile(path.join(outbox, name), text);
        await utimes(path.join(outbox, name), aged, aged);
      }
      const tally = {
        runs: 0,
        files: 0,
        logged: 0,
        exported: 0,
        killsLeavingTemporaryFiles: 0,
        killsLeavingPendingEntries: 0,
      };
      let pendingBefore = 0;
      let staleLeft = 0;

      for (let run = 0; run < kills; run += 1) {
        const exported = await runAndKill(Math.floor(random() * steps), momentOf(random));
        tally.runs += 1;
        tally.exported += exported;
        await writeFile(path.join(outbox, fresh), 'written a moment ago');
        const killed = (await ourTemporaryFiles()).filter((name) => name !== fresh);
        if (killed.length > 0) tally.killsLeavingTemporaryFiles += 1;
        // As a write killed earlier would leave one, whatever this kill hit: the cleanup is always tried.
        const planted = `.planted-${run}.docx.${randomBytes(6).toString('hex')}.tmp`;
        await writeFile(path.join(outbox, planted), 'PK half a document');
        const leftBehind = [...killed, planted];

        await withVault(async (session) => {
          const log = await exportLogOf(session).read(caseId);
          const files = (await readdir(outbox)).filter((name) => !name.startsWith('.') && !name.endsWith('.tmp'));
          for (const name of files) {
            const hash = sha256(await readFile(path.join(outbox, name)));
            const entry = log.exports.find((each) => each.fileName === name && each.sha256 === hash);
            tally.files += 1;
            if (entry !== undefined) tally.logged += 1;
            expect(entry, `${name} after kill ${run}`).toBeDefined();
          }
          const pending = log.exports.filter((each) => each.status === 'pending').length;
          if (pending > pendingBefore) tally.killsLeavingPendingEntries += 1;
          pendingBefore = pending;

          // The next export to that folder, later than the grace period: the kill's leftovers go.
          for (const name of leftBehind) await utimes(path.join(outbox, name), aged, aged);
          const exports = createExportService({
            open: () => ({ session, store: createJournalStore(session) }),
            now: () => new Date(),
            lexicon: () => Promise.resolve(wordList([])),
          });
          const { saved } = await exports.saveReport(
            { caseId, reportId, kind: 'review', format: 'md', language: 'en' },
            path.join(outbox, 'next.md'),
          );
          expect(saved.record.status).toBe('confirmed');
        });
        const remaining = await ourTemporaryFiles();
        staleLeft += remaining.filter((name) => leftBehind.includes(name)).length;
        expect(await readdir(outbox), `after the export that followed kill ${run}`).toEqual(
          expect.arrayContaining([fresh, ...Object.keys(bystanders)]),
        );
        await rm(path.join(outbox, fresh));
      }

      for (const name of Object.keys(bystanders)) {
        expect(await readFile(path.join(outbox, name), 'utf8')).toBe(bystanders[name as keyof typeof bystanders]);
      }
      console.warn(
        `export kills: ${tally.runs} runs, logged ${tally.logged}/${tally.files} files, stale temps left ${staleLeft}; ` +
          `${tally.exported} exports saved before the kills, ${tally.killsLeavingTemporaryFiles} kills left a temporary file, ` +
          `${tally.killsLeavingPendingEntries} an entry "may have been written" (seed ${seed})`,
      );
      expect(tally.logged).toBe(tally.files);
      expect(staleLeft).toBe(0);
      expect(tally.exported).toBeGreaterThan(0);
    },
    60_000 + kills * 15_000,
  );
});
