/**
 * Keyboard only: the two main journeys driven with Tab, Shift+Tab, Enter, Space, arrows, Escape
 * and typing, never a click or a fill. Each step counts its Tab presses, printed as a table.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import type { SavePathRequest } from '../../src/main/exports/exportService';
import type { AlianzaApi } from '../../src/shared/ipc/api';
import { saveScreenshot } from './harness/checks';
import { heading, testPassphrase } from './harness/journal';
import { e2eMode, launchApp, type LaunchedApp } from './harness/launchApp';
import { seedFamilyCase } from './harness/seed';

let app: LaunchedApp | undefined;
let exportDirectory: string | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
  if (exportDirectory !== undefined) await rm(exportDirectory, { recursive: true, force: true });
  exportDirectory = undefined;
});

/** What has focus: its tag, role and accessible name, worked out as a screen reader would for the common cases. */
interface Focused {
  tag: string;
  role: string;
  name: string;
  /** The heading of the section it sits in, to tell apart buttons of the same name. */
  section: string;
}

function describeFocus(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (element === null || element === document.body) return { tag: 'BODY', role: '', name: '', section: '' };
    const text = (node: Element | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
    const byIds = element.getAttribute('aria-labelledby');
    const labels = (element as HTMLInputElement).labels;
    const name =
      element.getAttribute('aria-label') ??
      (byIds === null
        ? undefined
        : byIds
            .split(' ')
            .map((id) => text(document.getElementById(id)))
            .join(' ')) ??
      (labels !== undefined && labels !== null && labels.length > 0 ? text(labels[0]!) : undefined) ??
      text(element);
    return {
      tag: element.tagName,
      role: element.getAttribute('role') ?? (element as HTMLInputElement).type ?? '',
      name: name.trim(),
      section: text(element.closest('section')?.querySelector('h2, h3') ?? null),
    };
  });
}

type Target = string | RegExp | ((focused: Focused) => boolean);

function matches(focused: Focused, target: Target): boolean {
  if (typeof target === 'string') return focused.name === target;
  if (target instanceof RegExp) return target.test(focused.name);
  return target(focused);
}

/** Tab presses per step, for the README's table. */
class TabCounter {
  readonly steps: { step: string; tabs: number }[] = [];
  private current = 0;
  add(count: number): void {
    this.current += count;
  }
  end(step: string): void {
    this.steps.push({ step, tabs: this.current });
    this.current = 0;
  }
  print(run: string): void {
    console.log(`Keyboard only, ${run}: Tab presses per step`);
    console.table(this.steps);
  }
}

/**
 * Presses Tab (or Shift+Tab) until the focused element matches, at most `max` times; fails with
 * every element visited on the way, so a control that cannot be reached says where Tab went.
 */
async function tabTo(
  page: Page,
  target: Target,
  counter: TabCounter,
  { max = 80, backwards = false }: { max?: number; backwards?: boolean } = {},
): Promise<void> {
  const visited: string[] = [];
  for (let presses = 0; presses <= max; presses += 1) {
    const focused = await describeFocus(page);
    if (matches(focused, target)) {
      counter.add(presses);
      return;
    }
    visited.push(`${focused.tag}[${focused.role}] “${focused.name.slice(0, 60)}”`);
    if (presses < max) await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`Tab never reached ${String(target)} in ${max} presses; visited:\n${visited.join('\n')}`);
}

/** After a screen change the app puts focus on the new screen's h1. */
async function expectFocusOnHeading(page: Page, title: string | RegExp): Promise<void> {
  await expect.poll(() => heading(page), { timeout: 30_000 }).toMatch(title);
  await expect.poll(() => page.evaluate(() => document.activeElement?.tagName), { timeout: 20_000 }).toBe('H1');
  expect((await describeFocus(page)).name).toMatch(title);
}

async function focusIsVisible(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const element = document.activeElement;
    return element !== null && element.matches(':focus-visible') && getComputedStyle(element).outlineStyle !== 'none';
  });
}

/** Opens the `<details>` whose summary has focus with Enter, unless the form already keeps it open. */
async function openFocusedDisclosure(page: Page): Promise<void> {
  const isOpen = () => page.evaluate(() => (document.activeElement?.parentElement as HTMLDetailsElement).open);
  if (!(await isOpen())) await page.keyboard.press('Enter');
  await expect.poll(isOpen).toBe(true);
}

/** First run: the passphrase twice, then the recovery kit confirmed. */
async function createJournalByKeyboard(page: Page, counter: TabCounter): Promise<void> {
  await expect.poll(() => heading(page), { timeout: 30_000 }).toBe('Create your encrypted journal');
  await tabTo(page, 'Passphrase', counter);
  await page.keyboard.type(testPassphrase);
  await tabTo(page, 'Type the passphrase again', counter);
  await page.keyboard.type(testPassphrase);
  await tabTo(page, 'Create journal', counter);
  await page.keyboard.press('Enter');
  await expectFocusOnHeading(page, 'Your recovery kit');
  counter.end('Create journal: passphrase twice');
  await tabTo(page, 'I have printed or written down the recovery key and put it somewhere safe.', counter);
  await page.keyboard.press('Space');
  await tabTo(page, 'Continue to my journal', counter);
  await page.keyboard.press('Enter');
  await expectFocusOnHeading(page, /^(Welcome to Alianza|What to do today)$/);
  counter.end('Recovery kit confirmed');
}

describe.skipIf(e2eMode === undefined)('keyboard only', () => {
  it('creates a journal, a case, a reflection and exports the brief', { timeout: 240_000 }, async () => {
    exportDirectory = await mkdtemp(path.join(tmpdir(), 'alianza-keyboard-'));
    const folder = exportDirectory;
    const asked: SavePathRequest[] = [];
    app = await launchApp({
      chooseSavePath: async (request) => {
        asked.push(request);
        return path.join(folder, request.suggestedName);
      },
    });
    const { page } = app;
    const counter = new TabCounter();
    await createJournalByKeyboard(page, counter);

    await tabTo(page, 'New case', counter);
    await page.keyboard.press('Enter');
    // The form puts the caret in its first field itself, as the search does: that choice is kept.
    await expect.poll(() => heading(page), { timeout: 30_000 }).toBe('New case');
    await expect.poll(async () => (await describeFocus(page)).name).toBe('Alias');
    await page.keyboard.type('Family K.');
    await saveScreenshot(page, 'keyboard-new-case-en');
    expect(await focusIsVisible(page)).toBe(true);
    await tabTo(page, 'Create case', counter);
    await page.keyboard.press('Enter');
    await expectFocusOnHeading(page, 'Family K.');
    counter.end('New case');

    await tabTo(page, 'New reflection', counter);
    await page.keyboard.press('Enter');
    // The new reflection puts the caret in its first part, so typing can start at once.
    await expect.poll(() => heading(page), { timeout: 30_000 }).toBe('New reflection');
    await expect.poll(async () => (await describeFocus(page)).name).toBe('What happened');
    await page.keyboard.type('The caregiver came on time and we planned the school visits.');
    // Back past the date to the control before it, then forward: Tab enters a date field at its
    // month, where Shift+Tab would enter it at its year.
    await tabTo(page, /^← Back to Family K\./, counter, { backwards: true });
    await tabTo(page, 'Session date', counter);
    await page.keyboard.type('02032025');
    await tabTo(page, 'Phase', counter);
    await page.keyboard.press('ArrowDown');
    await tabTo(page, /^Tensions/, counter);
    await openFocusedDisclosure(page);
    await tabTo(page, 'Tension to add', counter);
    await page.keyboard.press('ArrowDown');
    await tabTo(page, 'Add this tension', counter);
    await page.keyboard.press('Enter');
    // The new tension takes focus, so its kind can be chosen at once.
    await expect.poll(async () => (await describeFocus(page)).name).toBe('Kind of tension');
    await tabTo(page, /^Alliance ratings/, counter);
    await openFocusedDisclosure(page);
    for (const element of ['Bond', 'Goals', 'Tasks']) {
      await tabTo(page, (focused) => focused.tag === 'SELECT' && focused.name === element, counter);
      for (let step = 0; step < 6; step += 1) await page.keyboard.press('ArrowDown');
    }
    await saveScreenshot(page, 'keyboard-reflection-en');
    expect(await focusIsVisible(page)).toBe(true);
    await page.keyboard.press('Control+s');
    await expectFocusOnHeading(page, 'Reflection of Feb 3, 2025');
    // What the keys chose is what was saved.
    const saved = await page.evaluate(async () => {
      const api = (window as unknown as { alianza: AlianzaApi }).alianza;
      const cases = await api.listCases();
      if (!cases.ok) throw new Error(cases.error.message);
      const opened = await api.getCase({ caseId: cases.value[0]!.id });
      if (!opened.ok) throw new Error(opened.error.message);
      return opened.value.entries.map(({ sessionDate, phase, tensions, ratings, sections }) => ({
        sessionDate,
        phase,
        tensions: tensions.length,
        ratings,
        text: sections[0]?.text,
      }));
    });
    // The phase one down from "start", the first tension kind, and six steps down from "not rated": 5.
    expect(saved).toEqual([
      {
        sessionDate: '2025-02-03',
        phase: 'evaluation',
        tensions: 1,
        ratings: { practitioner: { bond: 5, goals: 5, tasks: 5 } },
        text: 'The caregiver came on time and we planned the school visits.',
      },
    ]);
    counter.end('Reflection written and saved');

    await tabTo(page, /^← Back to Family K\./, counter);
    await page.keyboard.press('Enter');
    await expectFocusOnHeading(page, 'Family K.');
    await tabTo(page, 'Prepare supervision brief', counter);
    await page.keyboard.press('Enter');
    await expectFocusOnHeading(page, 'Supervision brief');
    counter.end('Open the brief');

    // The preview is rebuilt after the screen opens: Tab goes through it once it has settled.
    await expect
      .poll(() => page.getByRole('main').locator('section.brief-preview').getAttribute('aria-busy'), {
        timeout: 30_000,
      })
      .toBe('false');
    await tabTo(page, 'Export…', counter, { max: 160 });
    await saveScreenshot(page, 'keyboard-brief-export-en');
    expect(await focusIsVisible(page)).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('brief-saved').isVisible(), { timeout: 30_000 }).toBe(true);
    expect(asked).toHaveLength(1);
    expect(asked[0]!.suggestedName).toMatch(/^supervision-brief_family-k_/);
    const written = await readFile(path.join(folder, asked[0]!.suggestedName));
    expect(written.length).toBeGreaterThan(0);
    counter.end('Export the brief');
    counter.print('journal → case → reflection → brief');
  });

  it('drafts a court report, confirms its statements and shares the review copy', { timeout: 240_000 }, async () => {
    app = await launchApp();
    const { page } = app;
    const counter = new TabCounter();
    await createJournalByKeyboard(page, counter);
    await seedFamilyCase(page, {
      phase: 'intervention',
      reflection: {
        sections: [
          { id: 'home', title: 'Home visit', visibility: 'reportable', statementType: 'observation', text: 'Tidy.' },
        ],
      },
    });
    await page.reload();
    await expectFocusOnHeading(page, 'What to do today');
    counter.end('Seeded journal shown');

    await tabTo(page, /^Family R\./, counter);
    await page.keyboard.press('Enter');
    await expectFocusOnHeading(page, 'Family R.');
    await tabTo(page, (focused) => focused.role === 'tab', counter);
    for (let step = 0; step < 10; step += 1) {
      if ((await describeFocus(page)).name.startsWith('Court reports')) break;
      await page.keyboard.press('ArrowRight');
    }
    expect((await describeFocus(page)).name).toMatch(/^Court reports/);
    await page.keyboard.press('Enter');
    await tabTo(page, 'New court report…', counter);
    await page.keyboard.press('Enter');
    // The form opens in place on the case screen, with the caret in its first field.
    await expect.poll(async () => (await describeFocus(page)).name).toBe('Title');
    await page.keyboard.type('Review hearing, March');
    await tabTo(page, 'Create report', counter);
    await page.keyboard.press('Enter');
    await expectFocusOnHeading(page, 'Review hearing, March');
    expect(await page.getByTestId('report-status').textContent()).toBe('Draft');
    counter.end('New court report');

    // Every pre-filled fact confirmed as true. The confirm button goes away with the check it
    // clears; focus goes on to the next fact's button, so only the first one is tabbed to.
    for (let fact = 0; fact < 10; fact += 1) {
      const left = await page.getByTestId('fact-check').count();
      if (left === 0) break;
      await tabTo(page, /^Statement \d+ of “.+” is true$/, counter);
      await page.keyboard.press('Enter');
      const focused = await describeFocus(page);
      if (left > 1) expect(focused.name).toMatch(/^Statement \d+ of “.+” is true$/);
      else expect(focused.tag).not.toBe('H1');
    }
    expect(await page.getByTestId('fact-check').count()).toBe(0);
    counter.end('Facts confirmed');

    await tabTo(
      page,
      (focused) => focused.name === 'Add a statement' && focused.section === 'The caregiver’s view',
      counter,
    );
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await describeFocus(page)).name).toMatch(/^Text of statement 1/);
    await page.keyboard.type('The caregiver says she wants the visits to continue at home.');
    await saveScreenshot(page, 'keyboard-report-statement-en');
    await page.keyboard.press('Control+s');
    await expect.poll(() => page.getByTestId('report-save-status').textContent()).toMatch(/^Saved at /);
    counter.end('Statement written and saved');

    // The menu of other actions opens with Enter and closes with Escape, giving focus back to its button.
    await tabTo(page, 'More actions', counter, { max: 120, backwards: true });
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('menu').count()).toBe(1);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('menu').count()).toBe(0);
    await expect.poll(async () => (await describeFocus(page)).name).toBe('More actions');
    await tabTo(page, 'Share review copy…', counter, { max: 120, backwards: true });
    await page.keyboard.press('Enter');
    await tabTo(page, (focused) => focused.role === 'radio', counter);
    for (let step = 0; step < 6; step += 1) {
      if ((await describeFocus(page)).name === 'By post') break;
      await page.keyboard.press('ArrowDown');
    }
    expect((await describeFocus(page)).name).toBe('By post');
    await tabTo(page, 'Record as shared', counter);
    await saveScreenshot(page, 'keyboard-report-share-en');
    expect(await focusIsVisible(page)).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('report-status').textContent()).toBe('Shared with the caregiver');
    counter.end('Review copy shared');
    counter.print('report from draft to share');
  });
});
