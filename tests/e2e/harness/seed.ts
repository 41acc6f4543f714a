/** A case made through the bridge, for tests that start from a journal with something in it. */
import type { Page } from 'playwright-core';
import type { EntryContent } from '../../../src/shared/domain/entry';
import type { Phase } from '../../../src/shared/domain/taxonomy';
import type { AlianzaApi } from '../../../src/shared/ipc/api';

export interface FamilyCaseSeed {
  phase: Phase;
  /** What the one reflection says; the rest of it is empty. */
  reflection: Partial<Omit<EntryContent, 'sessionDate' | 'phase' | 'attendees'>> & Pick<EntryContent, 'sections'>;
}

/**
 * "Family R." (court reference C-1234-2024): María José Pérez, the caregiver, also called Majo,
 * and Tomás, the child; one reflection on 2025-02-03 that both attended. Returns the case id.
 */
export async function seedFamilyCase(page: Page, seed: FamilyCaseSeed): Promise<string> {
  return page.evaluate(async ({ phase, reflection }) => {
    const api = (window as unknown as { alianza: AlianzaApi }).alianza;
    const caregiver = crypto.randomUUID();
    const child = crypto.randomUUID();
    const created = await api.createCase({
      alias: 'Family R.',
      reference: 'C-1234-2024',
      phase,
      openedAt: '2025-01-10',
      parties: [
        { id: caregiver, role: 'caregiver', name: 'María José Pérez', aliases: ['Majo'] },
        { id: child, role: 'child', name: 'Tomás', aliases: [] },
      ],
      goals: [],
    });
    if (!created.ok) throw new Error(created.error.message);
    const saved = await api.saveEntry({
      caseId: created.value.id,
      entryId: crypto.randomUUID(),
      content: {
        sessionDate: '2025-02-03',
        phase,
        attendees: [caregiver, child],
        promptAnswers: [],
        tensions: [],
        relationships: [],
        strategies: [],
        ratings: {},
        feelings: [],
        feelingsVisibility: 'private',
        supervisionQuestions: [],
        ...reflection,
      },
    });
    if (!saved.ok) throw new Error(saved.error.message);
    return created.value.id;
  }, seed);
}
