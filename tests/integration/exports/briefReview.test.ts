/**
 * The decisions of a brief's review, kept with the case's export log, and the last check of every
 * written file: what the practitioner decides changes the next preview and export, and a file that
 * would still identify someone is never written.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rejection } from '../../unit/vault/fixtures';
import { openExportJournal, type ExportJournal } from './support';

let journal: ExportJournal;
beforeAll(async () => {
  journal = await openExportJournal();
}, 60_000);
afterAll(async () => {
  await journal.close();
});

const preview = (language: 'es' | 'en' = 'es') =>
  journal.services.exports.previewBrief({ caseId: journal.caseId, language, from: null });
const decide = (request: Record<string, unknown>) =>
  journal.services.exports.decideBriefReview({ caseId: journal.caseId, ...request } as never);

describe('the review of a brief', () => {
  it('derives pseudonyms from the relationship and lets the practitioner write their own, per language', async () => {
    const before = await preview();
    const mother = before.partyPseudonyms.find((party) => party.partyId === 'p-mother');
    expect(mother).toEqual({ partyId: 'p-mother', label: 'Madre A', custom: false });
    await decide({ action: 'pseudonym', partyId: 'p-mother', language: 'es', label: 'Mamá de NNA 1' });
    const after = await preview();
    expect(after.partyPseudonyms.find((party) => party.partyId === 'p-mother')).toMatchObject({
      label: 'Mamá de NNA 1',
      custom: true,
    });
    expect(after.markdown).toContain('Mamá de NNA 1');
    expect((await preview('en')).partyPseudonyms.find((party) => party.partyId === 'p-mother')?.label).toBe('Mother A');
    await decide({ action: 'pseudonym', partyId: 'p-mother', language: 'es', label: null });
    expect((await preview()).markdown).not.toContain('Mamá de NNA 1');
  });

  it('gives someone outside the case a pseudonym of their own', async () => {
    expect((await preview()).warnings.map((warning) => warning.word)).toContain('Ximena');
    const decisions = await decide({ action: 'other-person', word: 'Ximena' });
    expect(decisions.others).toEqual([{ words: ['Ximena'], ordinal: 1 }]);
    const after = await preview();
    expect(after.warnings.map((warning) => warning.word)).not.toContain('Ximena');
    expect(after.markdown).toContain('Persona A, la vecina');
    expect(after.markdown).not.toMatch(/ximena/i);
  });

  it('counts what was replaced on the first page and in the preview', async () => {
    const { summary, markdown } = await preview();
    expect(summary.replaced.name).toBeGreaterThan(0);
    expect(summary.replaced.phone).toBe(1);
    expect(markdown).toMatch(/\*\*Reemplazos en esta minuta:\*\* Nombres: \d+ · Direcciones: 1 · Teléfonos: 1/);
  });

  it('refuses to write a file that would still name someone, and writes nothing', async () => {
    // A pseudonym the practitioner wrote with the person's own name in it.
    await decide({ action: 'pseudonym', partyId: 'p-grandmother', language: 'es', label: 'la tata Rosa' });
    for (const format of ['md', 'html', 'docx'] as const) {
      journal.dialog.answer = path.join(journal.outbox, `refused.${format}`);
      const error = await rejection(
        journal.services.exports.exportBrief({ caseId: journal.caseId, language: 'es', from: null, format }),
      );
      expect(error.code).toBe('deidentification-incomplete');
      expect(error.message).toMatch(/^name: \d+$/);
    }
    expect((await readdir(journal.outbox)).filter((name) => name.startsWith('refused'))).toEqual([]);
    expect(await journal.services.exports.listExports(journal.caseId)).toEqual([]);
    await decide({ action: 'pseudonym', partyId: 'p-grandmother', language: 'es', label: null });
  });

  it('refuses a pseudonym for someone who is not in the case', async () => {
    const error = await rejection(decide({ action: 'pseudonym', partyId: 'p-nobody', language: 'es', label: 'X' }));
    expect(error.code).toBe('invalid-request');
  });
});
