import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Locator, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import type { SavePathRequest } from '../../src/main/exports/exportService';
import type { AlianzaApi } from '../../src/shared/ipc/api';
import { expectAccessible, saveWholeScreenshot } from './harness/checks';
import { createJournal } from './harness/journal';
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

const privateMarker = 'PRIVATE-7731-ONLY-MINE';
const unknownName = 'Quintrequeo';
/** Everything that would identify the family, in the variants the text uses. */
const identifying = ['María José', 'Maria Jose', 'Pérez', 'Perez', 'Majo', 'Tomás', 'Tomas', 'C-1234-2024'];

/** The family's case, with one reflection: supervision text full of names, and a private note. */
function seedCase(page: Page, marker: string, unknown: string): Promise<string> {
  return seedFamilyCase(page, {
    phase: 'evaluation',
    reflection: {
      sections: [
        {
          title: 'The home visit',
          visibility: 'supervision',
          text: `Majo answered briefly and looked away when la Sra. Pérez was asked about the court. Tomás stayed close to her. A neighbour, ${unknown}, came in during the visit.`,
        },
        { title: 'Only for me', visibility: 'private', text: `I felt judged. ${marker}` },
      ],
      ratings: { practitioner: { bond: 4, goals: 6, tasks: 3 }, caregiver: { bond: 7, goals: 6, tasks: 6 } },
      supervisionQuestions: ['How can I talk about the court report with Majo without losing her trust?'],
    },
  });
}

/** The screen's title (the brief in the preview has its own level-1 heading, after it). */
function heading(page: Page): Promise<string | null> {
  return page.getByRole('heading', { level: 1 }).first().textContent();
}

function region(page: Page, name: string): Locator {
  return page.getByRole('main').getByRole('region', { name, exact: true });
}

/** Waits until the preview shows the current choices (it dims while it is rebuilt). */
async function previewSettled(page: Page): Promise<void> {
  const busy = page.getByRole('main').locator('section.brief-preview');
  await expect.poll(() => busy.getAttribute('aria-busy'), { timeout: 30_000 }).toBe('false');
}

function expectDeidentified(text: string, where: string): void {
  for (const name of [...identifying, privateMarker]) expect(text, `${name} in ${where}`).not.toContain(name);
}

/** The PDF's text with runs of white space as one space, or undefined without `pdftotext`. */
async function pdfText(file: string): Promise<string | undefined> {
  try {
    const { stdout } = await promisify(execFile)('pdftotext', ['-enc', 'UTF-8', file, '-']);
    return stdout.replace(/\s+/g, ' ');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    console.warn('pdftotext is not installed: the PDF text was not checked.');
    return undefined;
  }
}

/** Saves an evaluation reflection of one section through the bridge, as the app would after typing it. */
async function saveEvaluationReflection(
  page: Page,
  caseId: string,
  written: {
    sessionDate: string;
    section: { title: string; visibility: 'private' | 'supervision'; text: string };
    supervisionOf?: { exportId: string };
  },
): Promise<void> {
  await page.evaluate(
    async ({ caseId, written }) => {
      const api = (window as unknown as { alianza: AlianzaApi }).alianza;
      const saved = await api.saveEntry({
        caseId,
        entryId: crypto.randomUUID(),
        content: {
          sessionDate: written.sessionDate,
          phase: 'evaluation',
          attendees: [],
          promptAnswers: [],
          tensions: [],
          relationships: [],
          strategies: [],
          ratings: {},
          feelings: [],
          feelingsVisibility: 'private',
          supervisionQuestions: [],
          ...(written.supervisionOf === undefined ? {} : { supervisionOf: written.supervisionOf }),
          sections: [{ id: crypto.randomUUID(), ...written.section }],
        },
      });
      if (!saved.ok) throw new Error(saved.error.message);
    },
    { caseId, written },
  );
}

describe.skipIf(e2eMode === undefined)('supervision brief', () => {
  it('previews, settles a name warning, exports without names, and logs the export', async () => {
    exportDirectory = await mkdtemp(path.join(tmpdir(), 'alianza-brief-'));
    const asked: SavePathRequest[] = [];
    const folder = exportDirectory;
    let cancelNext = false;
    app = await launchApp({
      chooseSavePath: async (request) => {
        asked.push(request);
        return cancelNext ? undefined : path.join(folder, request.suggestedName);
      },
    });
    const { page } = app;
    await createJournal(page);
    const caseId = await seedCase(page, privateMarker, unknownName);
    await page.reload(); // The journal stays unlocked in main; the case list is read again.
    await expect.poll(() => heading(page), { timeout: 20_000 }).toBe('What to do today');
    await page
      .getByRole('navigation')
      .getByRole('button', { name: /Family R\./ })
      .click();
    await expect.poll(() => heading(page), { timeout: 20_000 }).toBe('Family R.');

    // The case screen shows an empty export log and the way in.
    const log = region(page, 'Exports');
    await expect.poll(() => log.getByText('Nothing has been exported from this case yet.').isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Prepare supervision brief' }).click();
    await expect.poll(() => heading(page)).toBe('Supervision brief');

    // The preview, and beside it what was replaced and the word that could be a name.
    const preview = page.getByTestId('brief-preview');
    await expect.poll(() => preview.textContent(), { timeout: 30_000 }).toContain('How can I talk about the court');
    expectDeidentified((await preview.textContent()) ?? '', 'preview');
    const replaced = region(page, 'What was replaced');
    await expect.poll(() => replaced.getByText('Majo', { exact: true }).isVisible()).toBe(true);
    const warnings = region(page, 'Words that could be names');
    await expect.poll(() => warnings.getByText(unknownName, { exact: true }).isVisible()).toBe(true);
    expect(await preview.textContent()).toContain(unknownName);
    await previewSettled(page);
    await saveWholeScreenshot(page, 'brief-preview-en');
    await expectAccessible(page, 'supervision brief');

    // "This is a name": the neighbour's name is filed under the caregiver, for the test's sake.
    const item = warnings.getByRole('listitem').filter({ hasText: unknownName });
    await item.getByRole('button', { name: 'This is a name' }).click();
    const whose = page.getByLabel(`Whose name is “${unknownName}”?`);
    await expect.poll(() => whose.evaluate((element) => element === document.activeElement)).toBe(true);
    await whose.selectOption({ label: 'María José Pérez (Caregiver)' });
    await page.getByRole('button', { name: 'Replace it as their name' }).click();
    await expect
      .poll(() => page.getByRole('main').getByRole('status').first().textContent())
      .toContain(`“${unknownName}” is now one of the names of María José Pérez`);
    await expect.poll(() => warnings.getByText(unknownName, { exact: true }).count()).toBe(0);
    await expect.poll(() => replaced.getByText(unknownName, { exact: true }).isVisible()).toBe(true);
    await expect.poll(async () => (await preview.textContent())?.includes(unknownName)).toBe(false);
    await previewSettled(page);
    await expectAccessible(page, 'supervision brief after a name');

    // The review also counts what was replaced and lets each pseudonym be rewritten.
    const summary = region(page, 'De-identification in this brief');
    await expect.poll(() => summary.getByText('Names', { exact: true }).isVisible()).toBe(true);
    const pseudonyms = region(page, 'Pseudonyms');
    await expect.poll(() => pseudonyms.getByRole('button', { name: /^Pseudonym of / }).count()).toBeGreaterThan(0);
    await saveWholeScreenshot(page, 'brief-review-en');

    if (app.mode !== 'chromium') return; // Electron's own save dialog cannot be answered from here.

    // Export as HTML, for the supervisor; then DOCX and PDF.
    const exportSection = region(page, 'Export');
    await exportSection.getByLabel('Web page (HTML)').check();
    await exportSection.getByLabel('For whom (optional)').fill('Supervision on Tuesday');
    await exportSection.getByRole('button', { name: 'Export…' }).click();
    const saved = page.getByTestId('brief-saved');
    await expect.poll(() => saved.isVisible(), { timeout: 30_000 }).toBe(true);
    expect(asked.at(-1)?.format).toBe('html');
    const htmlPath = path.join(folder, asked.at(-1)!.suggestedName);
    expect(await saved.textContent()).toContain(htmlPath);
    const html = await readFile(htmlPath, 'utf8');
    expect(html).toContain('How can I talk about the court');
    expectDeidentified(html, 'HTML export');
    expect(html).not.toContain(unknownName);
    expect(asked.at(-1)!.suggestedName).not.toMatch(/maria|perez|majo|tomas/i);

    // The period is kept, so the DOCX holds the same sessions as the HTML.
    await expect.poll(() => page.getByLabel('First session date').inputValue()).toBe('2025-02-03');
    await exportSection.getByLabel('Word document (DOCX)').check();
    await exportSection.getByRole('button', { name: 'Export…' }).click();
    await expect.poll(() => asked.length).toBe(2);
    await expect.poll(() => saved.textContent(), { timeout: 30_000 }).toContain('.docx');
    const docx = await readFile(path.join(folder, asked[1]!.suggestedName));
    expect(docx.subarray(0, 2).toString('latin1')).toBe('PK');
    const docxText = docx.toString('latin1');
    for (const name of ['Majo', 'Tomás', 'Tomas', privateMarker]) expect(docxText).not.toContain(name);

    // PDF: the same HTML, printed by the browser engine.
    await exportSection.getByLabel('PDF').check();
    await exportSection.getByRole('button', { name: 'Export…' }).click();
    await expect.poll(() => asked.length).toBe(3);
    expect(asked[2]!.format).toBe('pdf');
    expect(asked[2]!.suggestedName).toMatch(/^supervision-brief_family-r_\d{4}-\d{2}-\d{2}\.pdf$/);
    await expect.poll(() => saved.textContent(), { timeout: 30_000 }).toContain('.pdf');
    const pdfPath = path.join(folder, asked[2]!.suggestedName);
    expect((await readFile(pdfPath)).subarray(0, 4).toString('latin1')).toBe('%PDF');
    const pdf = await pdfText(pdfPath);
    if (pdf !== undefined) {
      expect(pdf).toContain('Supervision brief');
      expect(pdf).toContain('How can I talk about the court');
      expectDeidentified(pdf, 'PDF export');
      expect(pdf).not.toContain(unknownName);
    }

    // Cancelling the dialog writes and logs nothing.
    cancelNext = true;
    await exportSection.getByRole('button', { name: 'Export…' }).click();
    await expect.poll(() => asked.length).toBe(4);
    await expect.poll(() => exportSection.getByRole('button', { name: 'Export…' }).isEnabled()).toBe(true);
    const records = await page.evaluate(async (id) => {
      const api = (window as unknown as { alianza: AlianzaApi }).alianza;
      const result = await api.listExports({ caseId: id });
      return result.ok ? result.value.length : -1;
    }, caseId);
    expect(records).toBe(3);

    // The export log on the case screen.
    await page.getByRole('button', { name: 'Back to the case' }).click();
    await expect.poll(() => heading(page)).toBe('Family R.');
    const rows = log.getByRole('row');
    await expect.poll(() => rows.count()).toBe(4);
    const htmlRow = rows.filter({ hasText: '.html' });
    expect(await htmlRow.textContent()).toContain('Supervision on Tuesday');
    expect(await htmlRow.textContent()).toMatch(/[0-9a-f]{64}/);
    await saveWholeScreenshot(page, 'brief-export-log-en');
    await expectAccessible(page, 'case screen with exports');

    // After supervision: the brief's row opens the Supervision form with the brief ticked.
    const htmlRecordId = await page.evaluate(async (id) => {
      const api = (window as unknown as { alianza: AlianzaApi }).alianza;
      const result = await api.listExports({ caseId: id });
      return result.ok ? result.value.find((record) => record.fileName.endsWith('.html'))?.id : undefined;
    }, caseId);
    expect(htmlRecordId).toBeDefined();
    await htmlRow.getByRole('button', { name: 'Record the supervision…' }).click();
    const main = page.getByRole('main');
    await expect.poll(() => main.getByRole('tab', { name: 'Supervision' }).getAttribute('aria-selected')).toBe('true');
    const ticked = main.getByRole('group', { name: 'Briefs discussed' }).getByRole('checkbox');
    await expect.poll(() => ticked.count()).toBe(3);
    const tickedFiles = await ticked.evaluateAll((boxes) =>
      boxes
        .filter((box) => (box as HTMLInputElement).checked)
        .map((box) => (box as HTMLInputElement).labels?.[0]?.textContent ?? ''),
    );
    expect(tickedFiles).toHaveLength(1);
    expect(tickedFiles[0]).toMatch(/\.html\)$/);
    await saveWholeScreenshot(page, 'brief-export-log-supervision-en');
    await expectAccessible(page, 'supervision form from the export log');
    await page.getByLabel('Supervisor', { exact: true }).fill('R. Soto');
    await main
      .getByLabel('What was discussed of this case')
      .fill('Ask the grandmother what she expects from the report.');
    await main.getByRole('button', { name: 'Save the supervision' }).click();
    await expect.poll(() => main.getByText('Supervision recorded.').count()).toBe(1);
    const discussed = await page.evaluate(async (id) => {
      const api = (window as unknown as { alianza: AlianzaApi }).alianza;
      const result = await api.getCase({ caseId: id });
      return result.ok ? (result.value.supervisions ?? []).map((part) => [part.briefs, part.discussed]) : [];
    }, caseId);
    expect(discussed).toEqual([[[htmlRecordId], 'Ask the grandmother what she expects from the report.']]);
    await expect.poll(() => htmlRow.textContent()).toContain('Discussed in one supervision');
    // A supervision reflection journals kept before supervision records still counts.
    await saveEvaluationReflection(page, caseId, {
      sessionDate: '2025-03-05',
      supervisionOf: { exportId: htmlRecordId as string },
      section: { title: 'What the supervisor said', visibility: 'private', text: 'Go slowly.' },
    });
    await page.getByRole('navigation').getByRole('button', { name: 'Home', exact: true }).click();
    await page
      .getByRole('navigation')
      .getByRole('button', { name: /Family R\./ })
      .click();
    await expect.poll(() => heading(page)).toBe('Family R.');
    await expect.poll(() => htmlRow.textContent()).toContain('Discussed in 2 supervisions');

    // A later session written in Spanish names a neighbour nobody listed, a school and a commune.
    await saveEvaluationReflection(page, caseId, {
      sessionDate: '2025-03-10',
      section: {
        title: 'La visita',
        visibility: 'supervision',
        text: 'Majo contó que la vecina, Ximena Quilapán, la acompaña al Colegio San Ignacio de Puente Alto.',
      },
    });

    // In Spanish: the screen, the brief and what the practitioner must settle.
    await page.getByRole('button', { name: 'Settings' }).click();
    await page.getByLabel('Language', { exact: true }).selectOption('es');
    await expect.poll(() => heading(page)).toBe('Configuración');
    await page
      .getByRole('navigation')
      .getByRole('button', { name: /Family R\./ })
      .click();
    await page.getByRole('button', { name: 'Preparar minuta de supervisión' }).click();
    await expect.poll(() => heading(page)).toBe('Minuta de supervisión');
    await expect.poll(() => page.getByLabel('Idioma de la minuta').inputValue()).toBe('es');
    await page.getByRole('radio', { name: 'Desde la primera sesión' }).check();
    await previewSettled(page);
    await expect.poll(() => preview.textContent(), { timeout: 30_000 }).toContain('Preguntas para la supervisión');
    expectDeidentified((await preview.textContent()) ?? '', 'Spanish preview');
    await saveWholeScreenshot(page, 'brief-preview-es');
    await expectAccessible(page, 'supervision brief (es)');
    const reviewEs = page.getByRole('main');
    await expect.poll(() => reviewEs.textContent(), { timeout: 30_000 }).toContain('Quilapán');
    expect(await reviewEs.textContent()).toContain('Colegio San Ignacio');
    await saveWholeScreenshot(page, 'brief-review-es');
    // The whole export and supervision round trip in two languages: longer than most e2e tests.
  }, 180_000);
});
