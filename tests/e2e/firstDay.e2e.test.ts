/**
 * The first day of the UX review, as a Chilean practitioner lives it in the Spanish screens: a new
 * journal, a case with three people, three past reflections in three phases (one before the
 * opening date, which moves it), the case phase following the work, the timeline and the alliance
 * chart, a search, a supervision brief and a court report whose facts are true. Every step is
 * screenshotted, checked by axe, and free of English words.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { expectAccessible, saveWholeScreenshot } from './harness/checks';
import { createJournal, heading, openCaseFromSidebar } from './harness/journal';
import { choose, openGroup } from './harness/editor';
import { e2eMode, launchApp, type LaunchedApp } from './harness/launchApp';

let app: LaunchedApp | undefined;
let outbox: string | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
  if (outbox !== undefined) await rm(outbox, { recursive: true, force: true });
  outbox = undefined;
});

/** Words of the English screens that must not show through on the Spanish ones. */
const englishWords = [
  'Save',
  'Cancel',
  'New reflection',
  'Session date',
  'Phase',
  'Caregiver',
  'Child',
  'Search',
  'Settings',
  'Timeline',
  'Court report',
  'Check before sharing',
];

let step = 0;

/** One step of the day: a whole-screen shot, the axe gate, and no English word on the screen. */
async function checkStep(page: Page, name: string): Promise<void> {
  step += 1;
  await saveWholeScreenshot(page, `first-day-es-${String(step).padStart(2, '0')}-${name}`);
  await expectAccessible(page, name);
  const text = (await page.locator('body').innerText()).split(/\s+/).join(' ');
  for (const word of englishWords) expect(text, `English on ${name}`).not.toMatch(new RegExp(`\\b${word}\\b`));
}

interface Reflection {
  date: string;
  phase: 'start' | 'evaluation' | 'intervention';
  happened: string;
  ratings: [number, number, number];
}

/** Opens a new reflection of the case and fills in the date, phase, attendance, text and ratings. */
async function writeReflection(page: Page, reflection: Reflection): Promise<void> {
  const main = page.getByRole('main');
  await main.getByRole('button', { name: 'Nueva reflexión', exact: true }).click();
  await expect.poll(() => heading(page), { timeout: 20_000 }).toBe('Nueva reflexión');
  await page.getByLabel('Fecha de la sesión').fill(reflection.date);
  await main.getByLabel('Fase', { exact: true }).selectOption(reflection.phase);
  const attendees = await openGroup(page, /^Quiénes asistieron/);
  await choose(attendees, 'Carolina Muñoz (Persona cuidadora)');
  await choose(attendees, 'Tomás (Niño, niña o adolescente)');
  await page.getByRole('textbox', { name: 'Lo que pasó', exact: true }).fill(reflection.happened);
  const ratings = await openGroup(page, /^Valoración de la alianza/);
  const mine = ratings.getByRole('group', { name: 'Mi valoración' });
  const [bond, goals, tasks] = reflection.ratings;
  await mine.getByLabel('Vínculo', { exact: true }).selectOption(String(bond));
  await mine.getByLabel('Objetivos', { exact: true }).selectOption(String(goals));
  await mine.getByLabel('Tareas', { exact: true }).selectOption(String(tasks));
}

async function saveReflection(page: Page): Promise<void> {
  await page.getByRole('main').getByRole('button', { name: 'Guardar reflexión' }).click();
}

describe.skipIf(e2eMode === undefined)('the first day, in Spanish', () => {
  it('goes from a new journal to a court report with true facts', { timeout: 240_000 }, async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'alianza-first-day-'));
    outbox = folder;
    app = await launchApp({
      systemLocale: 'es-CL',
      chooseSavePath: async (request) => path.join(folder, request.suggestedName),
    });
    const { page } = app;
    page.on('dialog', (dialog) => void dialog.accept());
    const main = page.getByRole('main');
    const sidebar = page.getByRole('navigation');

    // The journal: passphrase, then the recovery kit.
    await expect.poll(() => heading(page), { timeout: 20_000 }).not.toBeNull();
    await checkStep(page, 'first-run');
    await createJournal(page, undefined, 'es');
    await checkStep(page, 'home');

    // A case opened on 12 November with the caregiver, the child and the grandmother.
    await sidebar.getByRole('button', { name: 'Nuevo caso' }).click();
    await expect.poll(() => heading(page)).toBe('Nuevo caso');
    await page.getByLabel('Seudónimo').fill('Familia M.');
    await page.getByLabel('RIT o número de causa (opcional)').fill('C-4821-2026');
    await page.getByLabel('Fecha de apertura').fill('2026-11-12');
    const people = [
      { name: 'Carolina Muñoz', role: 'caregiver' },
      { name: 'Tomás', role: 'child' },
      { name: 'Rosa Muñoz', role: 'relative' },
    ];
    for (const [index, person] of people.entries()) {
      await page.getByRole('button', { name: 'Agregar una persona' }).click();
      const group = page.getByRole('group', { name: `Persona ${index + 1}` });
      await group.getByLabel('Nombre', { exact: true }).fill(person.name);
      await group.getByLabel('Rol').selectOption(person.role);
    }
    await checkStep(page, 'new-case');
    await page.getByRole('button', { name: 'Crear caso' }).click();
    await expect.poll(() => heading(page), { timeout: 20_000 }).toBe('Familia M.');
    await checkStep(page, 'case');

    // First reflection, Inicio, after the opening date.
    await writeReflection(page, {
      date: '2026-11-13',
      phase: 'start',
      happened: 'Primera visita: Carolina habló del colegio y Tomás mostró sus dibujos.',
      ratings: [4, 3, 3],
    });
    await checkStep(page, 'reflection-start');
    await saveReflection(page);
    await expect.poll(() => heading(page), { timeout: 20_000 }).toBe('Reflexión del 13 nov 2026');
    expect(await main.textContent()).toContain('Inicio · Con Carolina Muñoz (Persona cuidadora), Tomás');
    await checkStep(page, 'reflection-start-saved');

    // Second reflection, Evaluación, of a session before the opening date: said, and the date moved.
    await main.getByText('← Volver a Familia M.').click();
    await expect.poll(() => heading(page), { timeout: 20_000 }).toBe('Familia M.');
    await writeReflection(page, {
      date: '2026-11-06',
      phase: 'evaluation',
      happened: 'Entrevista de evaluación con Carolina y la abuela Rosa, antes de la derivación formal.',
      ratings: [5, 4, 4],
    });
    const warning = page.getByTestId('opening-date-warning');
    await expect
      .poll(() => warning.textContent(), { timeout: 20_000 })
      .toContain('es anterior al día en que se abrió el caso');
    await checkStep(page, 'reflection-before-opening');
    await warning.getByRole('button', { name: /como fecha de apertura$/ }).click();
    await expect.poll(() => warning.count(), { timeout: 20_000 }).toBe(0);
    await saveReflection(page);
    await expect.poll(() => heading(page), { timeout: 20_000 }).toBe('Reflexión del 6 nov 2026');
    await checkStep(page, 'reflection-evaluation-saved');
    // The case phase is offered to follow: not yet, the evaluation is over.
    await main.getByRole('button', { name: 'Ahora no' }).click();
    await expect.poll(() => main.textContent(), { timeout: 20_000 }).toContain('El caso sigue en la fase de Inicio.');

    // Third reflection, Intervención: this time the case phase follows.
    await main.getByText('← Volver a Familia M.').click();
    await expect.poll(() => heading(page), { timeout: 20_000 }).toBe('Familia M.');
    expect(await main.textContent()).toContain('6 nov 2026');
    await writeReflection(page, {
      date: '2026-11-27',
      phase: 'intervention',
      happened: 'Tomás volvió al colegio toda la semana; Carolina propuso la siguiente meta.',
      ratings: [7, 6, 6],
    });
    await saveReflection(page);
    await expect.poll(() => heading(page), { timeout: 20_000 }).toBe('Reflexión del 27 nov 2026');
    await main.getByRole('button', { name: 'Cambiar la fase del caso a Intervención…' }).click();
    await choose(main, 'Lo decidí yo');
    await checkStep(page, 'phase-change');
    await main.getByRole('button', { name: 'Guardar cambio de fase' }).click();
    const caseItem = sidebar.getByRole('button', { name: /Familia M\./ });
    await expect.poll(() => caseItem.textContent(), { timeout: 20_000 }).toContain('Intervención');
    await checkStep(page, 'phase-changed');

    // The timeline and the alliance chart of the case.
    await openCaseFromSidebar(page, /Familia M\./);
    await expect.poll(() => heading(page), { timeout: 20_000 }).toBe('Familia M.');
    await main.getByRole('tab', { name: 'Línea de tiempo' }).click();
    const timeline = page.getByRole('tabpanel', { name: 'Línea de tiempo' });
    await expect.poll(() => timeline.textContent(), { timeout: 20_000 }).toContain('27 nov 2026');
    // Every reflection was saved: no draft is left to offer (a saved reflection's draft once lingered).
    expect(await main.textContent()).not.toContain('Borrador sin terminar');
    await checkStep(page, 'timeline');
    await main.getByRole('tab', { name: 'Alianza' }).click();
    const alliance = page.getByRole('tabpanel', { name: 'Alianza' });
    await expect.poll(() => alliance.locator('svg').count(), { timeout: 20_000 }).toBeGreaterThan(0);
    await checkStep(page, 'alliance');

    // A search for a word of the first session, with or without its accent.
    await sidebar.getByRole('button', { name: 'Buscar' }).click();
    await expect.poll(() => heading(page)).toBe('Buscar');
    await page.getByLabel('Buscar en su bitácora').fill('dibujos');
    const results = main.locator('.search-results > li');
    await expect.poll(() => results.count(), { timeout: 20_000 }).toBe(1);
    expect(await main.textContent()).toContain('Un resultado.');
    await checkStep(page, 'search');

    // A supervision brief: the preview names people by pseudonyms that read well in Spanish.
    await openCaseFromSidebar(page, /Familia M\./);
    await expect.poll(() => heading(page), { timeout: 20_000 }).toBe('Familia M.');
    await main.getByRole('button', { name: 'Preparar minuta de supervisión' }).click();
    const preview = page.getByTestId('brief-preview');
    await expect.poll(() => preview.textContent(), { timeout: 30_000 }).toContain('dibujos');
    const previewText = (await preview.textContent()) ?? '';
    expect(previewText).toContain('Primera visita: Persona cuidadora A habló del colegio y NNA 1 mostró sus dibujos.');
    expect(previewText).not.toMatch(/Carolina|Tomás|Rosa Muñoz/);
    expect(previewText).not.toMatch(/\b(la|el) Cuidador\/a\b/);
    await checkStep(page, 'brief');
    const exportSection = main.getByRole('region', { name: 'Exportar', exact: true });
    await exportSection.getByLabel('Página web (HTML)').check();
    await exportSection.getByRole('button', { name: 'Exportar…' }).click();
    await expect.poll(() => page.getByTestId('brief-saved').count(), { timeout: 30_000 }).toBe(1);
    await checkStep(page, 'brief-exported');

    // A court report: its facts say the true opening date and the sessions of each phase, to check.
    await openCaseFromSidebar(page, /Familia M\./);
    await expect.poll(() => heading(page), { timeout: 20_000 }).toBe('Familia M.');
    await main.getByRole('tab', { name: 'Informes al tribunal' }).click();
    await main.getByRole('button', { name: 'Nuevo informe al tribunal…' }).click();
    await page.getByLabel('Título', { exact: true }).fill('Informe de avance');
    await checkStep(page, 'court-report-new');
    await page.getByRole('button', { name: 'Crear informe' }).click();
    await expect.poll(() => heading(page), { timeout: 20_000 }).toBe('Informe de avance');
    const facts = await main
      .locator('section.reports-section')
      .filter({ has: page.getByRole('heading', { name: 'La intervención hasta ahora', exact: true }) })
      .getByTestId('statement')
      .allTextContents();
    expect(facts).toEqual([
      expect.stringContaining('El caso se abrió el 6 de noviembre de 2026.'),
      expect.stringContaining('Fase de inicio: 1 sesión realizada con la familia, el 13 de noviembre de 2026.'),
      expect.stringContaining('Fase de evaluación: 1 sesión realizada con la familia, el 6 de noviembre de 2026.'),
      expect.stringContaining('Fase de intervención: 1 sesión realizada con la familia, el 27 de noviembre de 2026.'),
    ]);
    expect(facts.every((text) => text.includes('Revisar antes de compartir'))).toBe(true);
    await checkStep(page, 'court-report');
  });
});
