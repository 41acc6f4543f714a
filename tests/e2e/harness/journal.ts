/** Steps many e2e tests share: creating and unlocking the journal through the UI. */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

export const testPassphrase = 'river lantern quietly seventeen';

/** What the first-run and recovery-kit screens say, in each language of the app. */
const firstRunWords = {
  en: {
    passphrase: 'Passphrase',
    confirm: 'Type the passphrase again',
    create: 'Create journal',
    acknowledge: 'I have printed or written down the recovery key and put it somewhere safe.',
    continue: 'Continue to my journal',
    welcome: 'Welcome to Alianza',
  },
  es: {
    passphrase: 'Frase de acceso',
    confirm: 'Escriba la frase de acceso otra vez',
    create: 'Crear bitácora',
    acknowledge: 'Imprimí o anoté la clave de recuperación y la guardé en un lugar seguro.',
    continue: 'Continuar a mi bitácora',
    welcome: 'Le damos la bienvenida a Alianza',
  },
} as const;

/** Creates the journal on the first-run screen and acknowledges the recovery kit; returns the key. */
export async function createJournal(
  page: Page,
  passphrase = testPassphrase,
  language: keyof typeof firstRunWords = 'en',
): Promise<string> {
  const words = firstRunWords[language];
  await page.getByLabel(words.passphrase, { exact: true }).fill(passphrase);
  await page.getByLabel(words.confirm).fill(passphrase);
  await page.getByRole('button', { name: words.create }).click();
  const key = page.getByTestId('recovery-key');
  await expect.poll(() => key.isVisible(), { timeout: 30_000 }).toBe(true);
  const recoveryKey = (await key.textContent()) ?? '';
  await page.getByLabel(words.acknowledge).check();
  await page.getByRole('button', { name: words.continue }).click();
  await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(words.welcome);
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
