/**
 * Two real Syncthing instances on loopback sharing one folder, each with its own home (certificate,
 * device id, database) and its own folder. Everything is bounded in time; `stop()` kills both and
 * removes every directory the pair made, and is safe to call twice or after a failed start.
 * REST API: https://docs.syncthing.net/dev/rest.html (X-API-Key header on every request).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { syncthingConfigXml } from './syncthingConfig';

export const folderId = 'vault';

export interface SyncthingInstance {
  name: string;
  deviceId: string;
  /** The 7-character form Syncthing uses in conflict copy names. */
  shortId: string;
  /** The synced folder. */
  folder: string;
  home: string;
  guiPort: number;
  /** The sync protocol's port (a changes on restart, see `restart`). */
  listenPort: number;
  apiKey: string;
  process?: ChildProcess;
  /** The instance's own output, kept for the failure message. */
  log: string[];
}

export interface SyncthingPair {
  a: SyncthingInstance;
  b: SyncthingInstance;
  /**
   * Pauses the shared folder on both sides, so each changes alone: nothing is scanned or exchanged
   * until `resume`. The folder, not the devices: the connection stays up, because dialing the same
   * addresses again right after a close is refused at times (TIME_WAIT) and reconnecting stalled.
   */
  pause(): Promise<void>;
  resume(): Promise<void>;
  /** Scans both folders now (returns when the scans are done). */
  rescan(): Promise<void>;
  /** Resolves when both folders are scanned, idle, need nothing and the peer has everything. */
  waitInSync(timeoutMs: number): Promise<void>;
  /** Kills one instance with SIGKILL (no chance to finish a transfer or close its database). */
  crash(side: 'a' | 'b'): Promise<void>;
  /** Starts a crashed instance again on the same home and folder, and waits until the two are connected. */
  restart(side: 'a' | 'b', timeoutMs?: number): Promise<void>;
  stop(): Promise<void>;
}

/** The path of the `syncthing` binary, or undefined when it is not installed. */
export function findSyncthing(): string | undefined {
  const found = spawnSync('sh', ['-c', 'command -v syncthing'], { encoding: 'utf8' });
  const binary = found.stdout.trim();
  return found.status === 0 && binary !== '' ? binary : undefined;
}

/**
 * Starts the pair and waits until the two are connected. `maxReceiveKiBs` slows what each receives
 * (so a transfer lasts long enough to be watched); 0 leaves it unlimited.
 */
export async function startSyncthingPair(
  binary: string,
  options: { timeoutMs?: number; maxReceiveKiBs?: number } = {},
): Promise<SyncthingPair> {
  const root = await fs.mkdtemp(path.join(tmpdir(), 'alianza-syncthing-'));
  const instances: SyncthingInstance[] = [];
  const stop = async (): Promise<void> => {
    await Promise.all(instances.map((instance) => kill(instance)));
    await fs.rm(root, { recursive: true, force: true });
  };
  try {
    for (const name of ['a', 'b']) instances.push(await generate(binary, root, name));
    const [a, b] = instances as [SyncthingInstance, SyncthingInstance];
    for (const [index, instance] of [a, b].entries()) {
      const peer = index === 0 ? b : a;
      const xml = syncthingConfigXml({
        name: instance.name,
        deviceId: instance.deviceId,
        guiPort: instance.guiPort,
        listenPort: instance.listenPort,
        apiKey: instance.apiKey,
        folderId,
        folderPath: instance.folder,
        peer: { name: peer.name, deviceId: peer.deviceId, listenPort: peer.listenPort, dials: index === 0 },
        maxReceiveKiBs: options.maxReceiveKiBs ?? 0,
      });
      await fs.writeFile(path.join(instance.home, 'config.xml'), xml);
    }
    // The one that is called listens first, so the first dial finds it (a failed dial waits a while).
    await startAndAnswer(binary, b, options.timeoutMs ?? 30_000);
    await startAndAnswer(binary, a, options.timeoutMs ?? 30_000);
    const pair = makePair(binary, a, b, stop);
    await until(options.timeoutMs ?? 30_000, 'the two instances to connect', instances, async () => {
      const [ab, ba] = await Promise.all([connected(a, b), connected(b, a)]);
      return ab && ba;
    });
    return pair;
  } catch (error) {
    await stop();
    throw error;
  }
}

function makePair(
  binary: string,
  a: SyncthingInstance,
  b: SyncthingInstance,
  stop: () => Promise<void>,
): SyncthingPair {
  const both = [a, b] as const;
  const peerOf = (instance: SyncthingInstance): SyncthingInstance => (instance === a ? b : a);
  return {
    a,
    b,
    stop,
    crash: async (side) => kill(side === 'a' ? a : b),
    restart: async (side, timeoutMs = 30_000) => {
      // Syncthing dials from its own listening port, and the killed side's end of the old connection
      // lingers in TIME_WAIT: the same four addresses would be refused for a minute. A new port for
      // the restarted side gives the new connection new addresses.
      const instance = side === 'a' ? a : b;
      const previous = instance.listenPort;
      instance.listenPort = await freePort();
      const configPath = path.join(instance.home, 'config.xml');
      const xml = await fs.readFile(configPath, 'utf8');
      await fs.writeFile(
        configPath,
        xml.replace(`tcp://127.0.0.1:${previous}<`, `tcp://127.0.0.1:${instance.listenPort}<`),
      );
      await startAndAnswer(binary, instance, timeoutMs);
      if (side === 'b') {
        const addresses = [`tcp://127.0.0.1:${b.listenPort}`];
        await rest(a, 'PATCH', `/rest/config/devices/${b.deviceId}`, { addresses });
      }
      await until(timeoutMs, 'the restarted instance to reconnect', both, async () => {
        const [ab, ba] = await Promise.all([connected(a, b), connected(b, a)]);
        return ab && ba;
      });
    },
    pause: async () => setFolderPaused(both, true),
    resume: async () => setFolderPaused(both, false),
    rescan: async () => {
      await Promise.all(both.map((instance) => rest(instance, 'POST', `/rest/db/scan?folder=${folderId}`)));
    },
    waitInSync: async (timeoutMs) => {
      await Promise.all(both.map((instance) => rest(instance, 'POST', `/rest/db/scan?folder=${folderId}`)));
      let calmRounds = 0;
      await until(timeoutMs, 'both folders to be in sync', both, async () => {
        const states = await Promise.all(both.map((instance) => syncState(instance, peerOf(instance))));
        const calm = states.every((state) => state.settled) && states[0]?.global === states[1]?.global;
        calmRounds = calm ? calmRounds + 1 : 0;
        // Twice in a row: a change the watcher has not reported yet would show as a new sequence.
        return calmRounds >= 2;
      });
    },
  };
}

async function setFolderPaused(instances: readonly SyncthingInstance[], paused: boolean): Promise<void> {
  await Promise.all(
    instances.map((instance) => rest(instance, 'PATCH', `/rest/config/folders/${folderId}`, { paused })),
  );
  await until(10_000, `the folder to be ${paused ? 'paused' : 'resumed'}`, instances, async () => {
    const states = await Promise.all(
      instances.map(
        async (instance) => ((await rest(instance, 'GET', `/rest/db/status?folder=${folderId}`)) as FolderStatus).state,
      ),
    );
    // 1.19 reports a paused folder's state as "" (later versions as "paused").
    return states.every((state) => (state === '' || state === 'paused') === paused);
  });
}

interface SyncState {
  settled: boolean;
  /** The cluster's view of the folder as this side sees it, to compare between the two. */
  global: string;
}

interface FolderStatus {
  state: string;
  needTotalItems: number;
  pullErrors: number;
  globalFiles: number;
  globalDeleted: number;
  globalBytes: number;
  inSyncFiles: number;
  sequence: number;
}

async function syncState(instance: SyncthingInstance, peer: SyncthingInstance): Promise<SyncState> {
  const status = (await rest(instance, 'GET', `/rest/db/status?folder=${folderId}`)) as FolderStatus;
  const completion = (await rest(
    instance,
    'GET',
    `/rest/db/completion?folder=${folderId}&device=${peer.deviceId}`,
  )) as { completion: number; needItems?: number; needDeletes: number };
  const settled =
    status.state === 'idle' &&
    status.needTotalItems === 0 &&
    status.pullErrors === 0 &&
    completion.completion === 100 &&
    (completion.needItems ?? 0) === 0 &&
    completion.needDeletes === 0;
  return { settled, global: `${status.globalFiles}/${status.globalDeleted}/${status.globalBytes}` };
}

async function connected(instance: SyncthingInstance, peer: SyncthingInstance): Promise<boolean> {
  const body = (await rest(instance, 'GET', '/rest/system/connections')) as {
    connections: Record<string, { connected: boolean }>;
  };
  return body.connections[peer.deviceId]?.connected === true;
}

/** One REST call, answered within 10 s; the parsed JSON body, or undefined for an empty one. */
async function rest(
  instance: SyncthingInstance,
  method: 'GET' | 'POST' | 'PATCH',
  route: string,
  body?: unknown,
): Promise<unknown> {
  const response = await fetch(`http://127.0.0.1:${instance.guiPort}${route}`, {
    method,
    headers: { 'X-API-Key': instance.apiKey, 'Content-Type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    signal: AbortSignal.timeout(10_000),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`syncthing ${instance.name}: ${method} ${route}: ${response.status} ${text}`);
  return text === '' ? undefined : JSON.parse(text);
}

/** Polls `check` every 100 ms until it holds; a REST call that fails counts as not yet. */
async function until(
  timeoutMs: number,
  what: string,
  instances: readonly SyncthingInstance[],
  check: () => Promise<boolean>,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    for (const instance of instances) {
      const child = instance.process;
      if (child !== undefined && (child.exitCode !== null || child.signalCode !== null)) {
        const how = child.exitCode ?? child.signalCode;
        throw new Error(`syncthing ${instance.name} exited (${how}):\n${tail(instance)}`);
      }
    }
    try {
      if (await check()) return;
      lastError = undefined;
    } catch (error) {
      lastError = error;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const logs = instances.map((instance) => `--- ${instance.name}\n${tail(instance)}`).join('\n');
  throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}. ${String(lastError ?? '')}\n${logs}`);
}

const tail = (instance: SyncthingInstance): string => instance.log.join('').split('\n').slice(-30).join('\n');

/** A home with a fresh certificate and device id, a GUI port, an API key and an empty folder. */
async function generate(binary: string, root: string, name: string): Promise<SyncthingInstance> {
  const home = path.join(root, `home-${name}`);
  const folder = path.join(root, `folder-${name}`);
  await fs.mkdir(path.join(folder, '.stfolder'), { recursive: true });
  const generated = spawnSync(binary, ['generate', '--home', home, '--no-default-folder'], {
    encoding: 'utf8',
    timeout: 30_000,
    env: environment(home),
  });
  const output = `${generated.stdout}${generated.stderr}`;
  const deviceId = /Device ID: ([A-Z0-9-]{63})/.exec(output)?.[1];
  if (generated.status !== 0 || deviceId === undefined) throw new Error(`syncthing generate failed:\n${output}`);
  return {
    name,
    deviceId,
    shortId: deviceId.slice(0, 7),
    folder,
    home,
    guiPort: await freePort(),
    listenPort: await freePort(),
    apiKey: randomBytes(16).toString('hex'),
    log: [],
  };
}

/** Starts the instance and waits until its REST API answers (its sync listener starts before it). */
async function startAndAnswer(binary: string, instance: SyncthingInstance, timeoutMs: number): Promise<void> {
  start(binary, instance);
  await until(timeoutMs, `${instance.name} to answer`, [instance], async () => {
    await rest(instance, 'GET', '/rest/system/ping');
    return true;
  });
}

/** Every instance still running, killed if the test process exits without stopping them. */
const running = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of running) killGroup(child);
});

function start(binary: string, instance: SyncthingInstance): void {
  const child = spawn(
    binary,
    ['serve', '--home', instance.home, '--no-browser', '--no-restart', '--no-upgrade', '--logflags=0'],
    // Its own process group: `serve` runs the real instance as a child of a monitor process, and a
    // crash or stop must take both (the child holds the database lock).
    { env: environment(instance.home), stdio: ['ignore', 'pipe', 'pipe'], detached: true },
  );
  const keep = (chunk: Buffer): void => {
    instance.log.push(chunk.toString('utf8'));
    if (instance.log.length > 500) instance.log.splice(0, 100);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  instance.process = child;
  running.add(child);
  child.once('exit', () => running.delete(child));
}

/** HOME points at the instance's home so nothing is read from or written to the real one. */
function environment(home: string): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    HOME: home,
    STNOUPGRADE: '1',
    STNORESTART: '1',
    STNODEFAULTFOLDER: '1',
  };
}

/** Kills the instance's whole process group and waits (at most 5 s) for every process in it to be gone. */
async function kill(instance: SyncthingInstance): Promise<void> {
  const child = instance.process;
  if (child?.pid === undefined) return;
  killGroup(child);
  const deadline = Date.now() + 5_000;
  while (groupAlive(child.pid) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
}

function killGroup(child: ChildProcess): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, 'SIGKILL');
  } catch {
    // The group is already gone.
  }
}

function groupAlive(pid: number): boolean {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** A TCP port free on 127.0.0.1 right now (the kernel picks it). */
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
