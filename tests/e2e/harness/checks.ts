/** Shared e2e checks: screenshots anyone can open, and the accessibility gate. */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { screenshotDirectory } from './detect';

export async function saveScreenshot(page: Page, name: string): Promise<string> {
  await mkdir(screenshotDirectory, { recursive: true });
  const file = path.join(screenshotDirectory, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/**
 * The layout scrolls inside the main pane, so a full-page shot would stop at the window: grow
 * the window to the pane's content (up to `limit` pixels), take the shot, and put it back.
 */
export async function saveWholeScreenshot(page: Page, name: string, limit = 9000): Promise<string> {
  const viewport = page.viewportSize() ?? { width: 1280, height: 820 };
  const height = await page.getByRole('main').evaluate((main) => main.scrollHeight + 60);
  await page.setViewportSize({ width: viewport.width, height: Math.min(Math.max(viewport.height, height), limit) });
  const file = await saveScreenshot(page, name);
  await page.setViewportSize(viewport);
  return file;
}

/** No serious or critical axe violation on the screen as it is now. */
export async function expectAccessible(page: Page, screen: string): Promise<void> {
  // Only the violations come back in full: the passes, one entry per checked node, are what makes
  // a run on a long page slow to carry back, and nothing here reads them.
  const results = await new AxeBuilder({ page }).options({ resultTypes: ['violations'] }).analyze();
  const blocking = results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    );
  expect(blocking, `accessibility on ${screen}`).toEqual([]);
}
