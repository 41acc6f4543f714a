import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { expectAccessible, saveScreenshot } from './harness/checks';
import { createJournal, heading, testPassphrase, unlockJournal } from './harness/journal';
import { e2eMode, launchApp, type LaunchedApp } from './harness/launchApp';

let app: LaunchedApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

const newPassphrase = 'harbour violet morning ninety';
const recoveredPassphrase = 'copper meadow whistle forty';

describe.skipIf(e2eMode === undefined)('the encrypted journal', () => {
  it('is created, locked, refused with a wrong passphrase, unlocked, re-keyed and recovered', async () => {
    app = await launchApp();
    const { page } = app;

    // First run: passphrase twice, strength shown, what forgetting means.
    await expect.poll(() => heading(page)).toBe('Create your encrypted journal');
    await page.getByLabel('Passphrase', { exact: true }).fill('short');
    await expect.poll(() => page.getByText('Strength: too short').first().isVisible()).toBe(true);
    await page.getByLabel('Passphrase', { exact: true }).fill(testPassphrase);
    await page.getByLabel('Type the passphrase again').fill('something else entirely');
    await expect.poll(() => page.getByText('The two passphrases are not the same.').isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Create journal' }).isDisabled()).toBe(true);
    await saveScreenshot(page, 'vault-create');
    await expectAccessible(page, 'create journal');
    await page.getByLabel('Passphrase', { exact: true }).fill('');

    // Recovery kit: shown once, must be acknowledged.
    await page.getByLabel('Passphrase', { exact: true }).fill(testPassphrase);
    await page.getByLabel('Type the passphrase again').fill(testPassphrase);
    await page.getByRole('button', { name: 'Create journal' }).click();
    await expect.poll(() => page.getByTestId('recovery-key').isVisible(), { timeout: 30_000 }).toBe(true);
    const recoveryKey = (await page.getByTestId('recovery-key').textContent()) ?? '';
    expect(recoveryKey).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){5,}$/);
    expect(await page.getByRole('button', { name: 'Continue to my journal' }).isDisabled()).toBe(true);
    await saveScreenshot(page, 'vault-recovery-kit');
    await expectAccessible(page, 'recovery kit');
    await page.getByLabel('I have printed or written down the recovery key and put it somewhere safe.').check();
    await page.getByRole('button', { name: 'Continue to my journal' }).click();
    await expect.poll(() => heading(page)).toBe('Welcome to Alianza');

    // The folder holds no plaintext copy of the key or the passphrase.
    for (const file of await filesUnder(app.dataDirectory)) {
      const bytes = await readFile(file, 'utf8');
      expect(bytes, file).not.toContain(testPassphrase);
      expect(bytes, file).not.toContain(recoveryKey);
    }

    // Lock, then a wrong passphrase is refused in plain words.
    await page.getByRole('button', { name: 'Lock' }).click();
    await expect.poll(() => heading(page)).toBe('Open your journal');
    await unlockJournal(page, 'not the passphrase at all');
    await expect.poll(() => page.getByRole('alert').textContent(), { timeout: 20_000 }).toContain('passphrase');
    await saveScreenshot(page, 'vault-wrong-passphrase');
    await expectAccessible(page, 'unlock with error');
    await unlockJournal(page);
    await expect.poll(() => heading(page), { timeout: 20_000 }).toBe('Welcome to Alianza');

    // Change the passphrase in settings; the old one stops working.
    await page.getByRole('button', { name: 'Settings' }).click();
    await page.getByLabel('Current passphrase').fill(testPassphrase);
    await page.getByLabel('New passphrase', { exact: true }).fill(newPassphrase);
    await page.getByLabel('Type the new passphrase again').fill(newPassphrase);
    await page.getByRole('button', { name: 'Change passphrase' }).click();
    await expect
      .poll(() => page.getByText('Your passphrase was changed.', { exact: false }).isVisible(), { timeout: 30_000 })
      .toBe(true);
    await saveScreenshot(page, 'vault-settings');
    await expectAccessible(page, 'security settings');
    await page.getByRole('button', { name: 'Lock' }).click();
    await unlockJournal(page, testPassphrase);
    await expect.poll(() => page.getByRole('alert').textContent(), { timeout: 20_000 }).toContain('passphrase');
    await unlockJournal(page, newPassphrase);
    await expect.poll(() => heading(page), { timeout: 20_000 }).toBe('Welcome to Alianza');

    // Forgot the passphrase: the recovery key opens the journal and sets a new one.
    await page.getByRole('button', { name: 'Lock' }).click();
    await page.getByRole('button', { name: 'Forgot your passphrase?' }).click();
    await page.getByRole('textbox', { name: 'Recovery key' }).fill(recoveryKey.toLowerCase().replaceAll('-', ' '));
    await page.getByLabel('New passphrase', { exact: true }).fill(recoveredPassphrase);
    await page.getByLabel('Type the new passphrase again').fill(recoveredPassphrase);
    await saveScreenshot(page, 'vault-recover');
    await expectAccessible(page, 'recover');
    await page.getByRole('button', { name: 'Open and set new passphrase' }).click();
    // The key that was used is replaced: a new kit, shown once.
    await expect.poll(() => page.getByTestId('recovery-key').isVisible(), { timeout: 30_000 }).toBe(true);
    const replacedKey = (await page.getByTestId('recovery-key').textContent()) ?? '';
    expect(replacedKey).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){5,}$/);
    expect(replacedKey).not.toBe(recoveryKey);
    expect(await page.getByText('the previous one no longer opens your journal', { exact: false }).isVisible()).toBe(
      true,
    );
    await page.getByLabel('I have printed or written down the recovery key and put it somewhere safe.').check();
    await page.getByRole('button', { name: 'Continue to my journal' }).click();
    await expect.poll(() => heading(page), { timeout: 30_000 }).toBe('Welcome to Alianza');
    await page.getByRole('button', { name: 'Lock' }).click();
    await unlockJournal(page, recoveredPassphrase);
    await expect.poll(() => heading(page), { timeout: 20_000 }).toBe('Welcome to Alianza');
  });

  it('re-encrypts everything with a new key from Settings, and makes a new recovery key on request', async () => {
    app = await launchApp();
    const { page } = app;
    await createJournal(page);
    await page.getByRole('button', { name: 'Settings' }).click();
    await page.getByLabel('Current passphrase').fill(testPassphrase);
    await page.getByLabel('New passphrase', { exact: true }).fill(newPassphrase);
    await page.getByLabel('Type the new passphrase again').fill(newPassphrase);
    await page.getByLabel('Also re-encrypt everything with a new key').check();
    expect(await page.getByText('re-encrypts every file of your journal', { exact: false }).isVisible()).toBe(true);
    await saveScreenshot(page, 'vault-rotate-keys');
    await expectAccessible(page, 'security settings with re-encryption');
    await page.getByRole('button', { name: 'Change passphrase and re-encrypt' }).click();
    await expect.poll(() => page.getByTestId('recovery-key').isVisible(), { timeout: 30_000 }).toBe(true);
    const rotatedKey = (await page.getByTestId('recovery-key').textContent()) ?? '';
    await page.getByLabel('I have printed or written down the recovery key and put it somewhere safe.').check();
    await page.getByRole('button', { name: 'Continue to my journal' }).click();

    // A new recovery key on request: the passphrase first, then the kit.
    await page.getByLabel('Your passphrase').fill('not the passphrase at all');
    await page.getByRole('button', { name: 'Make a new recovery key' }).click();
    await expect.poll(() => page.getByRole('alert').textContent(), { timeout: 20_000 }).toContain('passphrase');
    await page.getByLabel('Your passphrase').fill(newPassphrase);
    await page.getByRole('button', { name: 'Make a new recovery key' }).click();
    await expect.poll(() => page.getByTestId('recovery-key').isVisible(), { timeout: 30_000 }).toBe(true);
    const requestedKey = (await page.getByTestId('recovery-key').textContent()) ?? '';
    expect(requestedKey).not.toBe(rotatedKey);
    await saveScreenshot(page, 'vault-new-recovery-key');
    await page.getByLabel('I have printed or written down the recovery key and put it somewhere safe.').check();
    await page.getByRole('button', { name: 'Continue to my journal' }).click();

    await page.getByRole('button', { name: 'Lock' }).click();
    await unlockJournal(page, testPassphrase);
    await expect.poll(() => page.getByRole('alert').textContent(), { timeout: 20_000 }).toContain('passphrase');
    await unlockJournal(page, newPassphrase);
    await expect.poll(() => heading(page), { timeout: 20_000 }).toBe('Welcome to Alianza');
  });

  it.skipIf(e2eMode?.kind !== 'chromium')(
    'locks itself after the idle time, and the page drops the journal',
    async () => {
      let now = Date.now();
      app = await launchApp({ now: () => now });
      const { page } = app;
      await createJournal(page);
      await page.getByRole('button', { name: 'Settings' }).click();
      await page.getByLabel('Lock automatically after').selectOption('1');
      await expect.poll(async () => (await app!.services!.settings.get()).autoLockMinutes).toBe(1);
      now += 59_000;
      expect(await app.services!.autoLock.check()).toBe(false);
      now += 2_000;
      expect(await app.services!.autoLock.check()).toBe(true);
      await expect.poll(() => heading(page), { timeout: 10_000 }).toBe('Open your journal');
      expect(await page.getByText('Alianza locked your journal.', { exact: false }).isVisible()).toBe(true);
      expect(await page.getByRole('navigation', { name: 'Main navigation' }).count()).toBe(0);
      await saveScreenshot(page, 'vault-auto-locked');
    },
  );
});

async function filesUnder(directory: string): Promise<string[]> {
  const entries = await readdir(directory, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name));
}
