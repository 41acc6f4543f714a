/** Gestures on the reflection editor that several e2e tests share. */
import type { Locator, Page } from 'playwright-core';

/** Clicks a radio or checkbox by its label: the compact choices draw the label over the input. */
export async function choose(scope: Locator, label: string): Promise<void> {
  await scope.locator('label').getByText(label, { exact: true }).click();
}

/** Opens the editor's folded group whose summary matches, if it is closed, and returns it. */
export async function openGroup(page: Page, summary: RegExp): Promise<Locator> {
  const group = page
    .getByRole('main')
    .locator('details.entry-group', { has: page.locator('summary', { hasText: summary }) });
  if ((await group.getAttribute('open')) === null) await group.locator('summary').click();
  return group;
}
