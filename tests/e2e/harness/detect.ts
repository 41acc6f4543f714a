/** Which runtime the e2e suite can drive here: the real Electron app, or the build in Chromium. */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

export type E2eMode = { kind: 'electron'; executablePath: string } | { kind: 'chromium'; executablePath: string };

const projectRoot = path.resolve(import.meta.dirname, '../../..');

/** Electron's binary, only if it is already on disk: asking the `electron` package would download it. */
export function findElectron(environment = process.env): string | undefined {
  const fromEnvironment = environment['ELECTRON_PATH'];
  if (fromEnvironment && existsSync(fromEnvironment)) return fromEnvironment;
  const packageDirectory = path.join(projectRoot, 'node_modules/electron');
  const pathFile = path.join(packageDirectory, 'path.txt');
  if (!existsSync(pathFile)) return undefined;
  const binary = path.join(packageDirectory, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : undefined;
}

export function findChromium(environment = process.env): string | undefined {
  const candidates = [environment['CHROMIUM_PATH'], '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((candidate): candidate is string => candidate !== undefined && existsSync(candidate));
}

/** Electron when present (unless `E2E_MODE=chromium`), else Chromium, else nothing. */
export function detectMode(environment = process.env): E2eMode | undefined {
  const wanted = environment['E2E_MODE'];
  const electron = wanted === 'chromium' ? undefined : findElectron(environment);
  if (electron) return { kind: 'electron', executablePath: electron };
  const chromium = wanted === 'electron' ? undefined : findChromium(environment);
  return chromium ? { kind: 'chromium', executablePath: chromium } : undefined;
}

export const installHint =
  'Install a browser for the e2e suite: on Debian/Ubuntu `apt-get install -y chromium` (or set CHROMIUM_PATH), ' +
  'or run `npx install-electron` on a machine that can download Electron (or set ELECTRON_PATH).';

/** The build under test: `out/`, or `ALIANZA_BUILD_DIR` (from `electron-vite build --outDir DIR`). */
const buildDirectory = path.resolve(projectRoot, process.env['ALIANZA_BUILD_DIR'] ?? 'out');
export const rendererBuildDirectory = path.join(buildDirectory, 'renderer');
export const mainBuildEntry = path.join(buildDirectory, 'main/index.js');
export const screenshotDirectory = path.join(projectRoot, 'tests/e2e/screenshots');
