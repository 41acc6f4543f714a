/**
 * `npm start` and `npm run dev` on a machine where Electron's binary is not downloaded yet and
 * cannot be: they stop within seconds with one plain message, no stack trace, and leave no
 * partial Electron behind. Runs on a copy of the project's `package.json`, the check script and
 * the `electron` package (without any binary); every other package is linked, not copied.
 */
import { spawn } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const projectRoot = path.resolve(import.meta.dirname, '../..');
const realModules = path.join(projectRoot, 'node_modules');
const runLimitMs = 60_000;
/** A closed port on loopback: the download is refused at once and never leaves the machine. */
const unreachableMirror = 'http://127.0.0.1:9/';

let root: string;
let project: string;
let electronCopy: string;
let version: string;

interface Run {
  exitCode: number | null;
  output: string;
  elapsedMs: number;
}

/** The project copy's environment: no Electron setting from this machine, a bogus mirror, an empty cache. */
function environment(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const clean = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !/electron/i.test(key) && !/^npm_/i.test(key)),
  );
  return {
    ...clean,
    ELECTRON_MIRROR: unreachableMirror,
    // An `electron_mirror` in this machine's .npmrc would win over ELECTRON_MIRROR: npm reads none.
    npm_config_userconfig: path.join(root, 'empty-npmrc'),
    npm_config_globalconfig: path.join(root, 'empty-global-npmrc'),
    electron_config_cache: path.join(root, 'cache'),
    NO_COLOR: '1',
    npm_config_update_notifier: 'false',
    ...extra,
  };
}

function npmRun(script: 'start' | 'dev', extra?: Record<string, string>): Promise<Run> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const child = spawn('npm', ['run', script], {
      cwd: project,
      env: environment(extra),
      stdio: ['ignore', 'pipe', 'pipe'],
      shell: process.platform === 'win32',
      timeout: runLimitMs,
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (exitCode) => resolve({ exitCode, output, elapsedMs: Date.now() - started }));
  });
}

function expectNoStackTrace(output: string): void {
  expect(output).not.toMatch(/^\s+at /m);
  expect(output).not.toMatch(/\b[A-Za-z]*Error:/);
  expect(output).not.toContain('Electron uninstall');
  expect(output).not.toMatch(/npm (warn|error)/);
}

async function expectNoElectronLeftBehind(): Promise<void> {
  expect(existsSync(path.join(electronCopy, 'dist'))).toBe(false);
  expect(existsSync(path.join(electronCopy, 'path.txt'))).toBe(false);
}

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'alianza-start-'));
  project = path.join(root, 'project');
  await mkdir(path.join(project, 'scripts'), { recursive: true });
  await writeFile(path.join(root, 'empty-npmrc'), '');
  await writeFile(path.join(root, 'empty-global-npmrc'), '');
  await cp(path.join(projectRoot, 'package.json'), path.join(project, 'package.json'));
  await cp(path.join(projectRoot, 'scripts/ensure-electron.mjs'), path.join(project, 'scripts/ensure-electron.mjs'));
  const modules = path.join(project, 'node_modules');
  await mkdir(modules);
  for (const name of await readdir(realModules)) {
    if (name === 'electron') continue;
    await symlink(path.join(realModules, name), path.join(modules, name), 'junction');
  }
  // The electron package as npm installs it: no dist/, no path.txt, even if this machine has them.
  const realElectron = path.join(realModules, 'electron');
  electronCopy = path.join(modules, 'electron');
  await cp(realElectron, electronCopy, {
    recursive: true,
    filter: (source) => ![path.join(realElectron, 'dist'), path.join(realElectron, 'path.txt')].includes(source),
  });
  version = (JSON.parse(await readFile(path.join(electronCopy, 'package.json'), 'utf8')) as { version: string })
    .version;
}, 60_000);

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('starting the app without the Electron binary, offline', () => {
  it.each(['start', 'dev'] as const)(
    '`npm run %s` stops within seconds with one plain message and leaves nothing behind',
    async (script) => {
      const run = await npmRun(script);

      expect(run.exitCode).not.toBeNull();
      expect(run.exitCode).not.toBe(0);
      expect(run.elapsedMs).toBeLessThan(20_000);
      expect(run.output).toContain(`Downloading Electron ${version} once (about 100 MB)…`);
      expect(run.output).toContain(`Could not download Electron ${version} from ${unreachableMirror}`);
      expect(run.output).toContain("comes from Electron's release servers (GitHub releases)");
      expect(run.output).toContain('set ELECTRON_MIRROR to a mirror you can reach');
      expect(run.output).toContain('set ELECTRON_OVERRIDE_DIST_PATH to a folder holding an Electron');
      expect(run.output).toContain('try again when this computer is online');
      expect(run.output.match(/Could not download Electron/g)).toHaveLength(1);
      expectNoStackTrace(run.output);
      await expectNoElectronLeftBehind();
    },
    runLimitMs + 10_000,
  );

  it(
    'says that ELECTRON_OVERRIDE_DIST_PATH holds no Electron executable, without downloading',
    async () => {
      const emptyFolder = await mkdtemp(path.join(root, 'override-'));
      const run = await npmRun('start', { ELECTRON_OVERRIDE_DIST_PATH: emptyFolder });

      expect(run.exitCode).not.toBeNull();
      expect(run.exitCode).not.toBe(0);
      expect(run.elapsedMs).toBeLessThan(20_000);
      expect(run.output).toContain(
        `ELECTRON_OVERRIDE_DIST_PATH is set to ${emptyFolder}, but that folder has no Electron executable`,
      );
      expect(run.output).not.toContain('Downloading Electron');
      expectNoStackTrace(run.output);
      await expectNoElectronLeftBehind();
    },
    runLimitMs + 10_000,
  );

  it(
    'says that ELECTRON_SKIP_BINARY_DOWNLOAD is set and what to do, without downloading',
    async () => {
      const run = await npmRun('start', { ELECTRON_SKIP_BINARY_DOWNLOAD: '1' });

      expect(run.exitCode).not.toBe(0);
      expect(run.output).toContain('ELECTRON_SKIP_BINARY_DOWNLOAD is set');
      expect(run.output).toContain('Unset ELECTRON_SKIP_BINARY_DOWNLOAD to download it once');
      expect(run.output).not.toContain('Downloading Electron');
      expectNoStackTrace(run.output);
      await expectNoElectronLeftBehind();
    },
    runLimitMs + 10_000,
  );
});
