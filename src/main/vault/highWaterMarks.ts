/**
 * The device's own record, outside every vault folder, of the furthest state it has seen each
 * vault's index in (`journal-marks.json` in the app's data folder). A vault folder can be put back
 * to an older copy whole, every file valid; only a record kept elsewhere tells that it went back.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { filePositionSchema, isBehind, type FilePosition } from './filePosition';
import { writeFileDurably } from './durableFile';

export const highWaterMarksFileName = 'journal-marks.json';

const marksSchema = z.strictObject({
  version: z.literal(1),
  vaults: z.record(z.string(), filePositionSchema),
});

export interface HighWaterMarks {
  /** The furthest position recorded for the vault's index, if any. */
  of(vaultId: string): Promise<FilePosition | undefined>;
  /** Records `position` for the vault, unless a further one is recorded already. */
  raise(vaultId: string, position: FilePosition): Promise<void>;
  /** Records `position` even when it is behind (the practitioner kept an older state on purpose). */
  reset(vaultId: string, position: FilePosition): Promise<void>;
}

export function createHighWaterMarks(directory: string): HighWaterMarks {
  const file = path.join(directory, highWaterMarksFileName);
  let queue: Promise<unknown> = Promise.resolve();

  async function read(): Promise<Record<string, FilePosition>> {
    const text = await readFile(file, 'utf8').catch(() => undefined);
    if (text === undefined) return {};
    try {
      const parsed = marksSchema.safeParse(JSON.parse(text));
      // An unreadable record protects nothing; it is written again from what is seen next.
      return parsed.success ? parsed.data.vaults : {};
    } catch {
      return {};
    }
  }

  function change(update: (vaults: Record<string, FilePosition>) => boolean): Promise<void> {
    const run = async () => {
      const vaults = await read();
      if (!update(vaults)) return;
      await writeFileDurably(file, `${JSON.stringify({ version: 1, vaults }, null, 2)}\n`);
    };
    const result = queue.then(run, run);
    queue = result.catch(() => undefined);
    return result;
  }

  return {
    of: async (vaultId) => (await read())[vaultId],
    raise: (vaultId, position) =>
      change((vaults) => {
        const known = vaults[vaultId];
        if (known !== undefined && !isBehind(known, position)) return false;
        vaults[vaultId] = position;
        return true;
      }),
    reset: (vaultId, position) =>
      change((vaults) => {
        vaults[vaultId] = position;
        return true;
      }),
  };
}
