/**
 * The payload corpus in the real renderer, under the app's CSP: a reflection whose text holds
 * every payload is shown (MarkdownPreview) and previewed as a supervision brief (BriefPreview).
 * Nothing runs (no dialog opens, no handler fires) and no element or address outside the
 * allow-list reaches the page.
 */
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { markdownAttributes, markdownTags } from '../../src/shared/render/markdown';
import { markdownPayloads } from '../fixtures/markdownPayloads';
import { createJournal, heading } from './harness/journal';
import { e2eMode, launchApp, type LaunchedApp } from './harness/launchApp';
import { seedFamilyCase } from './harness/seed';

let app: LaunchedApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

const opening = 'Pasted from a web page';

/** Elements and attributes inside `selector` that the allow-list does not hold, as `<tag attribute="value">`. */
function outsideAllowList(page: Page, selector: string, tags: readonly string[], attributes: readonly string[]) {
  return page.locator(selector).evaluate(
    (root, allow) => {
      const problems: string[] = [];
      for (const element of root.querySelectorAll('*')) {
        const tag = element.tagName.toLowerCase();
        if (!allow.tags.includes(tag)) problems.push(`<${tag}>`);
        for (const name of element.getAttributeNames()) {
          const value = element.getAttribute(name) ?? '';
          if (!allow.attributes.includes(name)) problems.push(`<${tag} ${name}>`);
          if (name === 'href' && !/^(?:https?:|mailto:)/i.test(value)) problems.push(`<${tag} href="${value}">`);
        }
      }
      return problems;
    },
    { tags, attributes },
  );
}

describe.skipIf(e2eMode === undefined)('the payload corpus', () => {
  it('stays inert in a reflection and in the brief preview', async () => {
    app = await launchApp();
    const { page } = app;
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await createJournal(page);
    await seedFamilyCase(page, {
      phase: 'evaluation',
      reflection: {
        sections: [
          {
            title: 'Pasted',
            visibility: 'supervision',
            text: [opening, ...markdownPayloads].join('\n\n'),
          },
        ],
        supervisionQuestions: markdownPayloads.slice(0, 8),
      },
    });
    await page.reload();
    await expect.poll(() => heading(page), { timeout: 20_000 }).toBe('What to do today');
    await page
      .getByRole('navigation')
      .getByRole('button', { name: /Family R\./ })
      .click();
    await expect.poll(() => heading(page), { timeout: 20_000 }).toBe('Family R.');

    // The reflection, rendered by MarkdownPreview.
    await page
      .getByTestId('timeline')
      .getByRole('button', { name: new RegExp(opening) })
      .click();
    const content = page.getByRole('main').locator('.entry-content .markdown').first();
    await expect.poll(() => content.textContent(), { timeout: 20_000 }).toContain('onerror=alert(1)');
    const allowed = [...markdownAttributes, 'rel'];
    expect(await outsideAllowList(page, '.entry-content .markdown >> nth=0', markdownTags, allowed)).toEqual([]);

    // The brief preview: main's HTML, sanitized again in the page.
    await page.getByRole('button', { name: '← Back to Family R.' }).click();
    await expect.poll(() => heading(page)).toBe('Family R.');
    await page.getByRole('button', { name: 'Prepare supervision brief' }).click();
    const preview = page.getByTestId('brief-preview');
    await expect.poll(() => preview.textContent(), { timeout: 30_000 }).toContain('onerror=alert(1)');
    const chartFree = await preview.evaluate((root) => {
      const copy = root.cloneNode(true) as HTMLElement;
      for (const figure of copy.querySelectorAll('figure.brief-chart')) figure.remove();
      const holder = document.createElement('div');
      holder.id = 'payload-check';
      holder.hidden = true;
      holder.append(copy);
      document.body.append(holder);
      return copy.querySelectorAll('*').length;
    });
    expect(chartFree).toBeGreaterThan(0);
    expect(
      await outsideAllowList(
        page,
        '#payload-check > div',
        ['article', 'section', ...markdownTags],
        ['class', 'lang', ...allowed],
      ),
    ).toEqual([]);

    // Give any deferred handler (onerror, onload, ontoggle, refresh) time to fire.
    await page.waitForTimeout(1_000);
    expect(dialogs).toEqual([]);
    expect(page.url()).toMatch(/\/index\.html$/);
  });
});
