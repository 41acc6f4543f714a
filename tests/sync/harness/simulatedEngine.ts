/**
 * A stand-in for a sync engine, for fast tests: each `sync()` carries the changes made in two
 * folders since the last one across, the way the engines do it in effect:
 * - a file changed (written or removed) on one side only is delivered to the other, first under the
 *   engine's temporary name, half written, then complete and renamed to its final name;
 * - a file changed on both sides to different bytes keeps the newer one (A on a tie) under its
 *   name and the other as a conflict copy named by the engine's rule, on both sides;
 * - an edit beats a removal made on the other side (no copy; Syncthing and Nextcloud both restore).
 * It is not a model of any engine's protocol; the real one is exercised in
 * tests/integration/sync/syncthing.test.ts.
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs/promises';
import path from 'node:path';
import type { SyncEngine } from '../../../src/main/sync/conflictCopies';
import { classifyEngineFile } from '../../../src/main/sync/engineFiles';
import { conflictCopyName } from './conflictNames';

export type Side = 'a' | 'b';

export interface SimulatedEngineOptions {
  engine: SyncEngine;
  /** The folders to keep alike. */
  folders: Record<Side, string>;
  /** Each side's name as the engine writes it in a copy's name (a Syncthing short id, a computer name…). */
  devices: Record<Side, string>;
  /** The clock stamped in conflict copy names; the real time by default. */
  now?: () => Date;
}

export interface Delivery {
  side: Side;
  /** Relative path (`/` separators) of the file being delivered. */
  relativePath: string;
  /** Relative path of the temporary file holding its first half right now. */
  temporaryPath: string;
}

export interface SyncReport {
  /** Relative paths written on the other side, each as `side:path` for the side that received it. */
  delivered: string[];
  removed: string[];
  conflicts: { original: string; copy: string; kept: Side }[];
}

interface Entry {
  digest: string;
  modifiedMs: number;
}

type Listing = Map<string, Entry>;

export class SimulatedEngine {
  /** What both folders held after the last sync (the common ancestor of the next changes). */
  private ancestor: Map<string, string> = new Map();

  constructor(private readonly options: SimulatedEngineOptions) {}

  /**
   * Brings the two folders together. `halfway`, when given, runs while each delivered file exists
   * only half written under its temporary name (a reader looking then must not trust it).
   */
  async sync(halfway?: (delivery: Delivery) => Promise<void>): Promise<SyncReport> {
    const report: SyncReport = { delivered: [], removed: [], conflicts: [] };
    const listings = { a: await this.list('a'), b: await this.list('b') };
    const paths = new Set([...listings.a.keys(), ...listings.b.keys(), ...this.ancestor.keys()]);
    for (const relativePath of [...paths].sort()) {
      const [a, b] = [listings.a.get(relativePath), listings.b.get(relativePath)];
      const base = this.ancestor.get(relativePath);
      if (a?.digest === b?.digest) continue;
      const changedA = a?.digest !== base;
      const changedB = b?.digest !== base;
      if (changedA && !changedB) await this.carry('a', relativePath, report, halfway);
      else if (changedB && !changedA) await this.carry('b', relativePath, report, halfway);
      else if (a === undefined) await this.carry('b', relativePath, report, halfway);
      else if (b === undefined) await this.carry('a', relativePath, report, halfway);
      else await this.conflict(relativePath, a, b, report, halfway);
    }
    this.ancestor = new Map([...(await this.list('a'))].map(([name, entry]) => [name, entry.digest]));
    return report;
  }

  /** Makes the other side's file what `from` holds (or removes it when `from` has none). */
  private async carry(
    from: Side,
    relativePath: string,
    report: SyncReport,
    halfway: ((delivery: Delivery) => Promise<void>) | undefined,
  ): Promise<void> {
    const to = other(from);
    const source = this.pathOn(from, relativePath);
    const bytes = await fs.readFile(source).catch(() => undefined);
    if (bytes === undefined) {
      await fs.rm(this.pathOn(to, relativePath), { force: true });
      report.removed.push(`${to}:${relativePath}`);
      return;
    }
    await this.deliver(to, relativePath, bytes, (await fs.stat(source)).mtime, halfway);
    report.delivered.push(`${to}:${relativePath}`);
  }

  private async conflict(
    relativePath: string,
    a: Entry,
    b: Entry,
    report: SyncReport,
    halfway: ((delivery: Delivery) => Promise<void>) | undefined,
  ): Promise<void> {
    const kept: Side = b.modifiedMs > a.modifiedMs ? 'b' : 'a';
    const lost = other(kept);
    const { engine, devices } = this.options;
    // Syncthing names the copy after the device whose change won; the others after the one that lost.
    const device = engine === 'syncthing' ? devices[kept] : devices[lost];
    const folder = path.posix.dirname(relativePath);
    const copyName = conflictCopyName(engine, path.posix.basename(relativePath), { device, at: this.now() });
    const copyPath = folder === '.' ? copyName : `${folder}/${copyName}`;
    const lostBytes = await fs.readFile(this.pathOn(lost, relativePath));
    await fs.rename(this.pathOn(lost, relativePath), this.pathOn(lost, copyPath));
    await this.deliver(kept, copyPath, lostBytes, new Date(), halfway);
    await this.carry(kept, relativePath, report, halfway);
    report.conflicts.push({ original: relativePath, copy: copyPath, kept });
  }

  /** Writes half the bytes under the engine's temporary name, lets `halfway` look, then completes and renames. */
  private async deliver(
    side: Side,
    relativePath: string,
    bytes: Buffer,
    modified: Date,
    halfway: ((delivery: Delivery) => Promise<void>) | undefined,
  ): Promise<void> {
    const temporaryPath = temporaryName(this.options.engine, relativePath);
    const temporary = this.pathOn(side, temporaryPath);
    await fs.mkdir(path.dirname(temporary), { recursive: true });
    await fs.mkdir(path.dirname(this.pathOn(side, relativePath)), { recursive: true });
    await fs.writeFile(temporary, bytes.subarray(0, Math.floor(bytes.length / 2)));
    await halfway?.({ side, relativePath, temporaryPath });
    await fs.writeFile(temporary, bytes);
    await fs.utimes(temporary, modified, modified);
    await fs.rename(temporary, this.pathOn(side, relativePath));
  }

  private async list(side: Side): Promise<Listing> {
    const listing: Listing = new Map();
    const walk = async (relativeFolder: string): Promise<void> => {
      const entries = await fs.readdir(this.pathOn(side, relativeFolder), { withFileTypes: true });
      for (const entry of entries) {
        const relativePath = relativeFolder === '' ? entry.name : `${relativeFolder}/${entry.name}`;
        if (classifyEngineFile(relativePath) !== undefined) continue;
        if (entry.isDirectory()) await walk(relativePath);
        else if (entry.isFile()) {
          const full = this.pathOn(side, relativePath);
          const digest = createHash('sha256')
            .update(await fs.readFile(full))
            .digest('hex');
          listing.set(relativePath, { digest, modifiedMs: (await fs.stat(full)).mtimeMs });
        }
      }
    };
    await walk('');
    return listing;
  }

  private pathOn(side: Side, relativePath: string): string {
    return path.join(this.options.folders[side], ...relativePath.split('/'));
  }

  private now(): Date {
    return this.options.now?.() ?? new Date();
  }
}

const other = (side: Side): Side => (side === 'a' ? 'b' : 'a');

/** Where each engine keeps a file it is still receiving (see src/main/sync/engineFiles.ts for the sources). */
export function temporaryName(engine: SyncEngine, relativePath: string): string {
  const folder = path.posix.dirname(relativePath);
  const name = path.posix.basename(relativePath);
  const inFolder = (file: string): string => (folder === '.' ? file : `${folder}/${file}`);
  switch (engine) {
    case 'syncthing':
      return inFolder(`.syncthing.${name}.tmp`);
    case 'nextcloud':
      return inFolder(`.${name}.~5f3a9c1e`);
    case 'dropbox':
      return `.dropbox.cache/${relativePath}`;
    case 'onedrive':
      return inFolder(`${name}.tmp`);
  }
}
