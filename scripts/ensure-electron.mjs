// Makes sure the Electron binary is on disk before electron-vite starts the app, then runs the
// command given after it: `node scripts/ensure-electron.mjs electron-vite preview`.
//
// Electron 45 no longer downloads its binary on `npm install`; it does so the first time
// `require('electron')` runs, while electron-vite reads `node_modules/electron/path.txt` directly
// and fails with "Electron uninstall" when it is missing. This script runs Electron's own install
// script (`install.js`, the `install-electron` bin) once, bounded in time, and turns a failed
// download into one plain message. With ELECTRON_OVERRIDE_DIST_PATH it hands that binary to
// electron-vite through ELECTRON_EXEC_PATH, which electron-vite reads before `path.txt`.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const downloadTimeoutMinutes = 15;
const heartbeatSeconds = 30;

const require = createRequire(import.meta.url);
let electronDirectory;
try {
  electronDirectory = path.dirname(require.resolve('electron/package.json'));
} catch {
  console.error('The electron package is not installed: run `npm install` first.');
  process.exit(1);
}
const { version } = JSON.parse(readFileSync(path.join(electronDirectory, 'package.json'), 'utf8'));
const pathFile = path.join(electronDirectory, 'path.txt');
const distDirectory = path.join(electronDirectory, 'dist');

/** The executable inside an Electron folder, as Electron's install script names it. */
const executableName =
  process.platform === 'darwin'
    ? 'Electron.app/Contents/MacOS/Electron'
    : process.platform === 'win32'
      ? 'electron.exe'
      : 'electron';

class Refusal extends Error {}

/** The binary electron-vite will start from `path.txt`, if it is on disk. */
function installedBinary() {
  if (!existsSync(pathFile)) return undefined;
  const binary = path.join(distDirectory, readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : undefined;
}

const waysOut = [
  'Ways out:',
  '  - set ELECTRON_MIRROR to a mirror you can reach (for example https://npmmirror.com/mirrors/electron/) and run the command again;',
  `  - set ELECTRON_OVERRIDE_DIST_PATH to a folder holding an Electron ${version} binary (the folder with ${executableName} in it);`,
  '  - or try again when this computer is online.',
].join('\n');

const stopped = Symbol('stopped');

/** Runs Electron's install script; resolves with what failed (" from URL: why"), `stopped`, or undefined. */
function runElectronInstall() {
  return new Promise((resolve) => {
    // @electron/get's debug line names the URL it downloads from; stderr is kept, not shown,
    // because the install script prints a stack trace when the download fails.
    const debug = [process.env.DEBUG, '@electron/get:index'].filter(Boolean).join(',');
    const child = spawn(process.execPath, [path.join(electronDirectory, 'install.js')], {
      cwd: electronDirectory,
      env: { ...process.env, DEBUG: debug, DEBUG_COLORS: '0' },
      stdio: ['ignore', 'inherit', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk.toString('utf8')));
    const started = Date.now();
    const heartbeat = process.stdout.isTTY
      ? setInterval(() => {
          const seconds = Math.round((Date.now() - started) / 1000);
          console.log(`  still downloading Electron (${seconds} s)…`);
        }, heartbeatSeconds * 1000)
      : undefined;
    let timedOut = false;
    let interrupted;
    // Ctrl+C stops the download; the handler keeps this process alive long enough to clean up.
    const onSignal = (signal) => {
      interrupted = signal;
      child.kill(signal);
    };
    const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'];
    for (const signal of signals) process.on(signal, onSignal);
    const timer = setTimeout(
      () => {
        timedOut = true;
        child.kill('SIGTERM');
      },
      downloadTimeoutMinutes * 60 * 1000,
    );
    const finish = (reason) => {
      clearTimeout(timer);
      if (heartbeat) clearInterval(heartbeat);
      for (const signal of signals) process.off(signal, onSignal);
      resolve(reason);
    };
    child.on('error', (error) => finish(`: could not run Electron's install script (${error.message})`));
    child.on('close', (code) => {
      if (interrupted) return finish(stopped);
      if (timedOut) return finish(`: the download did not finish within ${downloadTimeoutMinutes} minutes`);
      if (code === 0) return finish(undefined);
      const url = /Downloading (\S+) to /.exec(stderr)?.[1];
      const error = stderr
        .split('\n')
        .map((line) => line.trim())
        .find((line) => /^[A-Za-z]*Error: /.test(line))
        ?.replace(/^[A-Za-z]*Error: /, '');
      let what = error ?? `the install script exited with code ${code}`;
      if (what === 'fetch failed') what = 'the connection failed (fetch failed)';
      finish(url ? ` from ${url}: ${what.replace(` for ${url}`, '')}` : `: ${what}`);
    });
  });
}

/** Returns the environment electron-vite needs, downloading Electron first if it is missing. */
async function ensureElectron() {
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override) {
    const binary = path.join(path.resolve(override), executableName);
    if (!existsSync(binary)) {
      throw new Refusal(
        `ELECTRON_OVERRIDE_DIST_PATH is set to ${override}, but that folder has no Electron executable ` +
          `(no ${executableName} in it). Point it at the folder that holds the Electron ${version} ` +
          'binary, or unset it to download Electron once.',
      );
    }
    return { ELECTRON_EXEC_PATH: binary };
  }
  const execPath = process.env.ELECTRON_EXEC_PATH;
  if (execPath) {
    if (!existsSync(execPath)) {
      throw new Refusal(`ELECTRON_EXEC_PATH is set to ${execPath}, but there is no file there. Fix it or unset it.`);
    }
    return {};
  }
  if (installedBinary()) return {};

  if (process.env.ELECTRON_SKIP_BINARY_DOWNLOAD) {
    throw new Refusal(
      `Electron ${version} is not on disk yet, and ELECTRON_SKIP_BINARY_DOWNLOAD is set, so it is not downloaded.\n` +
        'Unset ELECTRON_SKIP_BINARY_DOWNLOAD to download it once (about 100 MB from GitHub releases), ' +
        `or set ELECTRON_OVERRIDE_DIST_PATH to a folder holding an Electron ${version} binary (the folder with ${executableName} in it).`,
    );
  }

  console.log(`Downloading Electron ${version} once (about 100 MB)…`);
  const hadDist = existsSync(distDirectory);
  const hadPathFile = existsSync(pathFile);
  const reason = await runElectronInstall();
  if (reason === undefined && installedBinary()) return {};

  // A download stopped halfway may have extracted part of dist/: remove what this run created, so
  // nothing (electron-vite, the e2e harness) mistakes it for an installed Electron.
  if (!hadPathFile) rmSync(pathFile, { force: true });
  if (!hadDist) rmSync(distDirectory, { recursive: true, force: true });
  if (reason === stopped) throw new Refusal('Stopped: Electron is not downloaded yet.');
  throw new Refusal(
    `Could not download Electron ${version}${reason ?? ': the install script finished without the binary'}.\n` +
      "Alianza runs on Electron; its binary (about 100 MB) comes from Electron's release servers " +
      '(GitHub releases) and is downloaded once, the first time the app starts.\n' +
      waysOut,
  );
}

/** Runs a package's bin (`electron-vite preview`) with this Node, without a shell. */
function runBin(name, args, extraEnvironment) {
  let manifestPath;
  try {
    manifestPath = require.resolve(`${name}/package.json`);
  } catch {
    throw new Refusal(`${name} is not installed: run \`npm install\` first.`);
  }
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const bin = typeof manifest.bin === 'string' ? manifest.bin : manifest.bin?.[name];
  if (!bin) throw new Refusal(`${name} has no command named ${name}.`);
  const child = spawn(process.execPath, [path.join(path.dirname(manifestPath), bin), ...args], {
    stdio: 'inherit',
    env: { ...process.env, ...extraEnvironment },
  });
  // Ctrl+C reaches the whole terminal group; a signal sent to this process alone is passed on.
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.on(signal, () => {
      if (signal !== 'SIGINT') child.kill(signal);
    });
  }
  child.on('close', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

try {
  const environment = await ensureElectron();
  const [command, ...args] = process.argv.slice(2);
  if (command) runBin(command, args, environment);
} catch (error) {
  if (!(error instanceof Refusal)) throw error;
  console.error(error.message);
  process.exit(1);
}
