/** Fails loudly when the e2e suite cannot run where it must, and says how to fix it. */
import { existsSync } from 'node:fs';
import { detectMode, installHint, mainBuildEntry, rendererBuildDirectory } from './detect';

export default function setup(): void {
  const mode = detectMode();
  if (mode === undefined) {
    if (process.env['E2E_REQUIRED'] === '1') {
      throw new Error(`E2E_REQUIRED=1 but neither Electron nor Chromium was found. ${installHint}`);
    }
    console.warn(
      `\n${'!'.repeat(78)}\n!! E2E SKIPPED: neither Electron nor Chromium was found.\n!! ${installHint}\n${'!'.repeat(78)}\n`,
    );
    return;
  }
  if (!existsSync(rendererBuildDirectory) || !existsSync(mainBuildEntry)) {
    throw new Error('The production build is missing: run `npm run build` before the e2e suite.');
  }
  console.warn(
    `e2e: driving ${mode.kind === 'electron' ? 'the Electron app' : 'the renderer build in Chromium'} (${mode.executablePath})`,
  );
}
