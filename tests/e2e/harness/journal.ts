/** Steps many e2e tests share: creating and unlocking the journal through the UI. */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

export const testPassphrase = 'river lantern quietly seventeen';

/** Creates the journal on the first-run screen and acknowledges the recovery kit; returns the key. */
export async function createJournal(page: Page, passphrase = testPassphrase): Promise<string> {
  await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
  await page.getByLabel('Type the passphrase again').fill(passphrase);
  await page.getByRole('button', { name: 'Create journal' }).click();
  const key = page.getByTestId('recovery-key');
  await expect.poll(() => key.isVisible(), { timeout: 30_000 }).toBe(true);
  const recoveryKey = (await key.textContent()) ?? '';
  await page.getByLabel('I have printed or written down the recovery key and put it somewhere safe.').check();
  await page.getByRole('button', { name: 'Continue to my journal' }).click();
  await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Welcome to Alianza');
  return recoveryKey;
}

export async function unlockJournal(page: Page, passphrase = testPassphrase): Promise<void> {
  await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
  await page.getByRole('button', { name: 'Unlock' }).click();
}

export function heading(page: Page) {
  return page.getByRole('heading', { level: 1 }).textContent();
}

/** After seeding through the bridge: the page reads the journal again (it stays unlocked in main) and shows Home's work queue. */
export async function showSeededJournal(page: Page): Promise<void> {
  await page.reload();
  await expect.poll(() => heading(page), { timeout: 20_000 }).toBe('What to do today');
}

/** Opens a case from the sidebar's case list, by its alias (any language). */
export function openCaseFromSidebar(page: Page, alias: RegExp): Promise<void> {
  return page.getByRole('navigation').getByRole('button', { name: alias }).first().click();
}
