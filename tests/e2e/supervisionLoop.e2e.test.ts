/**
 * The supervision loop end to end: a brief exported, the supervisor's notes written into the DOCX
 * as a word processor would (a paragraph under the notes heading and a Word comment), the file
 * read back on the case's Supervision tab with the names shown on screen only, two actions agreed,
 * both on Home and as questions over the next reflection, one answered, and both in the next
 * brief. Screenshots in English and Spanish, axe-clean.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { AlianzaApi } from '../../src/shared/ipc/api';
import { editAsSupervisor } from '../support/supervisorEdits';
import { expectAccessible, saveWholeScreenshot } from './harness/checks';
import { createJournal, openCaseFromSidebar, showSeededJournal } from './harness/journal';
import { e2eMode, launchApp, type LaunchedApp } from './harness/launchApp';
import { seedFamilyCase } from './harness/seed';

let app: LaunchedApp | undefined;
let folder: string | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
  if (folder !== undefined) await rm(folder, { recursive: true, force: true });
  folder = undefined;
});

describe.skipIf(e2eMode === undefined)('the supervision loop', () => {
  it('reads the supervisor’s notes back, follows the agreed actions to Home, the next reflection and the next brief', async () => {
    const outbox = await mkdtemp(path.join(tmpdir(), 'alianza-supervision-'));
    folder = outbox;
    const returned = path.join(outbox, 'brief-with-notes.docx');
    app = await launchApp({
      chooseSavePath: async (request) => path.join(outbox, request.suggestedName),
      chooseFile: async ({ purpose }) => (purpose === 'returned-brief' ? returned : undefined),
    });
    const { page } = app;
    await createJournal(page);
    const caseId = await seedFamilyCase(page, {
      phase: 'intervention',
      reflection: {
        sections: [
          { id: 'notes', title: 'Notes', visibility: 'supervision', text: 'María José arrived late with Tomás.' },
        ],
      },
    });
    const exported = await page.evaluate(async (caseId) => {
      const api = (window as unknown as { alianza: AlianzaApi }).alianza;
      const saved = await api.exportBrief({ caseId, language: 'en', from: null, format: 'docx' });
      if (!saved.ok || saved.value.status !== 'saved')
        throw new Error(`The brief was not exported: ${JSON.stringify(saved)}`);
      return saved.value.path;
    }, caseId);
    // The supervisor's word processor: a paragraph under the notes heading, a comment on the session.
    await writeFile(
      returned,
      editAsSupervisor(await readFile(exported), {
        notes: { heading: 'Supervisor’s notes', paragraphs: ['See Caregiver A alone before the hearing.'] },
        comment: { author: 'R. Soto', text: 'How did Child 1 take it?', onParagraphContaining: 'arrived late' },
      }),
    );

    await showSeededJournal(page);
    const openCase = () => openCaseFromSidebar(page, /Family R\./);
    await openCase();
    const main = page.getByRole('main');
    await main.getByRole('tab', { name: 'Supervision' }).click();
    await main.getByRole('button', { name: 'Record a supervision' }).click();
    await page.getByLabel('Supervisor', { exact: true }).fill('R. Soto');
    await page.getByLabel('Date of the supervision').fill('2025-03-20');
    await main.getByRole('button', { name: 'Read the brief the supervisor sent back…' }).click();
    const notes = main.locator('section.supervision-returned');
    await expect
      .poll(() => notes.textContent(), { timeout: 20_000 })
      .toContain('See Caregiver A (María José Pérez) alone before the hearing.');
    expect(await notes.textContent()).toContain('How did Child 1 (Tomás) take it?');
    await main.getByRole('button', { name: 'Add an action' }).click();
    await page.getByLabel('Action 1').fill('Meet each adult separately');
    await main.getByRole('button', { name: 'Add an action' }).click();
    await page.getByLabel('Action 2').fill('Ask the school about the absences');
    await page.getByLabel('By when (optional)').nth(1).fill('2025-04-03');
    await saveWholeScreenshot(page, 'supervision-record-en');
    await expectAccessible(page, 'record a supervision');
    await main.getByRole('button', { name: 'Save the supervision' }).click();
    await expect.poll(() => main.getByText('Supervision recorded.').count(), { timeout: 20_000 }).toBe(1);
    await expect.poll(() => main.getByTestId('agreed-action').count()).toBe(2);

    // Stored as the supervisor wrote it: the names are not in the case's record.
    const stored = await page.evaluate(async (caseId) => {
      const api = (window as unknown as { alianza: AlianzaApi }).alianza;
      const read = await api.getCase({ caseId });
      if (!read.ok) throw new Error(read.error.message);
      return JSON.stringify(read.value.supervisions);
    }, caseId);
    expect(stored).toContain('See Caregiver A alone before the hearing.');
    expect(stored).not.toMatch(/María|Tomás/);

    // Home lists both, the one with a date first.
    await page.getByRole('navigation').getByRole('button', { name: 'Home', exact: true }).click();
    const home = page.getByTestId('home-actions');
    await expect.poll(() => home.getByRole('listitem').count(), { timeout: 20_000 }).toBe(2);
    expect(await home.getByRole('listitem').first().textContent()).toContain('Ask the school about the absences');

    // The next reflection asks about each; one is answered.
    await openCase();
    await main.getByRole('button', { name: 'New reflection' }).click();
    const prompts = main.getByTestId('supervision-prompt');
    await expect.poll(() => prompts.count(), { timeout: 20_000 }).toBe(2);
    const meet = prompts.filter({ hasText: 'Meet each adult separately' });
    await meet.getByRole('button', { name: 'It happened' }).click();
    await page.getByLabel('What followed (optional)').fill('We met on the 25th; the mother spoke more calmly.');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => prompts.count(), { timeout: 20_000 }).toBe(1);
    await saveWholeScreenshot(page, 'supervision-prompt-en');
    await expectAccessible(page, 'reflection with a supervision prompt');

    // The next brief opens with both actions and what followed.
    const preview = await page.evaluate(async (caseId) => {
      const api = (window as unknown as { alianza: AlianzaApi }).alianza;
      const read = await api.previewBrief({ caseId, language: 'en', from: null });
      if (!read.ok) throw new Error(read.error.message);
      return read.value.markdown;
    }, caseId);
    expect(preview).toContain('## Since the last supervision');
    expect(preview).toContain('**Done** — Meet each adult separately');
    expect(preview).toContain('We met on the 25th; the mother spoke more calmly.');
    expect(preview).toContain('**Open** — Ask the school about the absences');
    expect(preview).not.toMatch(/María|Tomás/);

    // In Spanish, the tab and its history.
    await page.getByRole('navigation').getByRole('button', { name: 'Settings' }).click();
    await page.getByLabel('Language').selectOption('es');
    await openCase();
    await main.getByRole('tab', { name: 'Supervisión' }).click();
    await expect.poll(() => main.getByTestId('agreed-action').count(), { timeout: 20_000 }).toBe(2);
    expect(await main.locator('section.supervision-tab').textContent()).toContain('Realizada');
    await saveWholeScreenshot(page, 'supervision-tab-es');
    await expectAccessible(page, 'pestaña de supervisión');
    await main.getByRole('button', { name: 'Registrar una supervisión' }).click();
    await main.getByRole('button', { name: 'Agregar una acción' }).click();
    await main.getByRole('button', { name: 'Guardar la supervisión' }).click();
    // Nothing typed: each problem is said in Spanish by its field.
    await expect.poll(() => main.getByText('Escriba quién supervisó.').count()).toBe(1);
    expect(await main.getByText('Escriba la acción, o quítela.').count()).toBe(1);
    await saveWholeScreenshot(page, 'supervision-record-es');
    await expectAccessible(page, 'registrar una supervisión');
    await main.getByRole('button', { name: 'Cancelar' }).click();
    await main.getByRole('button', { name: 'Nueva reflexión' }).click();
    await expect.poll(() => prompts.count(), { timeout: 20_000 }).toBe(1);
    expect(await prompts.textContent()).toContain(
      'Acordado en supervisión el 20 mar 2025: Ask the school about the absences.',
    );
    await saveWholeScreenshot(page, 'supervision-prompt-es');
    await expectAccessible(page, 'reflexión con una pregunta de supervisión');
  });
});
