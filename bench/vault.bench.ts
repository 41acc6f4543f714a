/**
 * The vault's cost: unlocking (the KDF), and saving / opening a case of 100, 1 000 and 5 000
 * entries, each next to plain lowdb `JSONFile` on the same data in the same run. steno (lowdb's
 * writer) never fsyncs, so a third row writes the same plain JSON durably (fsync file + folder),
 * which isolates what encryption itself costs.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';
import { createVault } from '../src/main/vault/createVault';
import { writeFileDurably } from '../src/main/vault/durableFile';
import { openVault } from '../src/main/vault/openVault';
import type { VaultSession } from '../src/main/vault/vaultSession';
import type { BenchRow } from './benchRow';
import { median, medianOf } from './measure';

interface Entry {
  id: string;
  createdAt: string;
  phase: 'start' | 'evaluation' | 'intervention' | 'closure';
  alliance: { bond: number; goals: number; tasks: number };
  tensions: string[];
  feelings: string[];
  text: string;
}

interface CaseData {
  id: string;
  title: string;
  entries: Entry[];
}

const paragraphs = [
  'La madre llegó tarde a la sesión y respondió con monosílabos. Cuando le pregunté por la audiencia dijo que nadie le había avisado de la fecha y que sentía que el programa solo existía para informar al tribunal.',
  'I noticed I was rushing through the goals because I was worried about the report deadline. She said she did not understand why the visits were still supervised after three months of attending every session.',
  'Acordamos revisar juntas el borrador del informe antes de enviarlo. Le expliqué los límites de la confidencialidad y qué partes iban a leer en el juzgado; pareció más tranquila al final.',
  'The grandmother wants to be heard separately; the father is absent and the child asks about him. I felt conflicted between helping and reporting, and I will bring this to supervision next week.',
];
const phases = ['start', 'evaluation', 'intervention', 'closure'] as const;

/** About 1.5 KB of mixed Spanish and English reflection per entry. */
function entry(index: number): Entry {
  const text = [0, 1, 2, 3].map((offset) => paragraphs[(index + offset) % paragraphs.length]).join('\n\n');
  return {
    id: `entry-${index.toString().padStart(6, '0')}`,
    createdAt: new Date(Date.UTC(2024, 0, 1) + index * 3_600_000).toISOString(),
    phase: phases[index % phases.length] ?? 'start',
    alliance: { bond: (index % 5) + 1, goals: ((index + 2) % 5) + 1, tasks: ((index + 4) % 5) + 1 },
    tensions: ['hiding-information', 'repeated-absences', 'tired-tone'].slice(0, (index % 3) + 1),
    feelings: ['frustration', 'hope'].slice(0, (index % 2) + 1),
    text,
  };
}

function caseOf(size: number): CaseData {
  return {
    id: `case-${size}`,
    title: `Familia de prueba (${size})`,
    entries: Array.from({ length: size }, (_, index) => entry(index)),
  };
}

/** Runs the benchmarks in a temporary folder and removes it afterwards. */
export async function runVaultBenchmarks(): Promise<BenchRow[]> {
  const folder = await mkdtemp(path.join(tmpdir(), 'alianza-bench-'));
  try {
    return await measure(folder);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

async function measure(folder: string): Promise<BenchRow[]> {
  const directory = path.join(folder, 'vault');
  const passphrase = 'benchmark passphrase';
  const created = await createVault({ directory, passphrase });
  await created.session.lock();
  const unlockRuns = 5;
  const unlock = await medianOf(
    async () => {
      const session = await openVault({ directory, passphrase, holder: 'cli' });
      await session.lock();
    },
    unlockRuns,
    1,
  );
  const rows: BenchRow[] = [
    { name: 'vault: unlock (scrypt N=2^17 r=8 p=1 + header MAC)', medianMs: unlock, runs: unlockRuns },
  ];

  const session = await openVault({ directory, passphrase, holder: 'cli' });
  try {
    for (const size of [100, 1_000, 5_000]) rows.push(...(await measureCase(session, folder, size)));
  } finally {
    await session.lock();
  }
  return rows;
}

async function measureCase(session: VaultSession, folder: string, size: number): Promise<BenchRow[]> {
  const label = size.toLocaleString('en-US').replace(',', ' ');
  const plainFile = path.join(folder, `plain-${size}.json`);
  const durableFile = path.join(folder, `durable-${size}.json`);
  const fileId = `case:bench-${size}` as const;

  // The encryption layer alone: one sealed file written whole (format 1), as export logs and
  // court-report files are; cases are record logs, timed through the journal by `storage`.
  const encrypted = {
    data: caseOf(size),
    write: async function () {
      await session.writeFile(fileId, this.data);
    },
  };
  const plain = new Low<CaseData>(new JSONFile(plainFile), caseOf(size));
  const durable = caseOf(size);
  await encrypted.write();
  await plain.write();
  await writeFileDurably(durableFile, JSON.stringify(durable));

  let next = size;
  const runs = size >= 5_000 ? 11 : 25;
  const saves = await interleavedMedians(runs, {
    plain: async () => {
      plain.data.entries.push(entry(next++));
      await plain.write();
    },
    durable: async () => {
      durable.entries.push(entry(next++));
      await writeFileDurably(durableFile, JSON.stringify(durable));
    },
    encrypted: async () => {
      encrypted.data.entries.push(entry(next++));
      await encrypted.write();
    },
  });
  const opens = await interleavedMedians(runs, {
    plain: () => new Low<CaseData>(new JSONFile(plainFile), caseOf(0)).read(),
    encrypted: () => session.readFile(fileId),
  });
  const { plain: plainSave, durable: durableSave, encrypted: encryptedSave } = saves;
  const { plain: plainOpen, encrypted: encryptedOpen } = opens;

  const plainSaveName = `plain lowdb JSONFile: save one entry, case of ${label}`;
  const durableSaveName = `plain JSON + fsync (durable writer): save one entry, case of ${label}`;
  const plainOpenName = `plain lowdb JSONFile: open case of ${label}`;
  return [
    {
      name: plainSaveName,
      medianMs: plainSave,
      runs,
      note: 'steno: temp + rename, no fsync; JSONFile indents its JSON',
    },
    {
      name: durableSaveName,
      medianMs: durableSave,
      runs,
      compareTo: plainSaveName,
      ratio: durableSave / plainSave,
      note: 'compact JSON, fsync of file and folder: the fair baseline',
    },
    {
      name: `vault: save one entry, case of ${label}`,
      medianMs: encryptedSave,
      runs,
      compareTo: plainSaveName,
      ratio: encryptedSave / plainSave,
      note: `encrypt + backup link + fsync; ${(encryptedSave / durableSave).toFixed(2)}× the durable plain write`,
    },
    { name: plainOpenName, medianMs: plainOpen, runs },
    {
      name: `vault: open case of ${label} (read + decrypt + parse)`,
      medianMs: encryptedOpen,
      runs,
      compareTo: plainOpenName,
      ratio: encryptedOpen / plainOpen,
    },
  ];
}

/**
 * Medians of several operations measured in turns (A, B, C, A, B, C…), so background load on
 * the machine affects all of them alike. One warm-up turn first.
 */
async function interleavedMedians<K extends string>(
  runs: number,
  operations: Record<K, () => Promise<unknown>>,
): Promise<Record<K, number>> {
  const names = Object.keys(operations) as K[];
  const samples = new Map<K, number[]>(names.map((name) => [name, []]));
  for (let turn = 0; turn <= runs; turn++) {
    for (const name of names) {
      const started = performance.now();
      await operations[name]();
      if (turn > 0) samples.get(name)?.push(performance.now() - started);
    }
  }
  return Object.fromEntries(names.map((name) => [name, median(samples.get(name) ?? [])])) as Record<K, number>;
}
