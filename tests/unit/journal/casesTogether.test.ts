/**
 * Several cases changed as one: a change one case refuses writes nothing, and a write that fails
 * after others puts those back as they were read.
 */
import { describe, expect, it } from 'vitest';
import { newCase } from '../../../src/main/journal/caseChanges';
import { saveCasesTogether } from '../../../src/main/journal/casesTogether';
import type { JournalStore } from '../../../src/main/journal/journalStore';
import type { CaseWithEntries } from '../../../src/shared/domain/case';
import { AppError } from '../../../src/shared/ipc/result';
import { createCaseRequest } from './journalFixtures';

const at = new Date('2025-03-14T15:00:00.000Z');
const made = (id: string, alias: string) => newCase(createCaseRequest(alias), id, at);
const changed = (before: CaseWithEntries) => ({
  before,
  next: { ...before, program: `${before.alias} con supervisión` },
});

/** A store that records what it is asked to save, failing the saves `fails` says. */
function recordingStore(fails: (journalCase: CaseWithEntries, attempt: number) => Error | undefined) {
  const saved: string[] = [];
  let attempt = 0;
  const store = {
    saveCase: async (journalCase: CaseWithEntries) => {
      const failure = fails(journalCase, attempt++);
      if (failure !== undefined) throw failure;
      saved.push(`${journalCase.alias}: ${journalCase.program?.endsWith('con supervisión') ? 'changed' : 'as read'}`);
    },
  } as unknown as JournalStore;
  return { store, saved };
}

describe('saveCasesTogether', () => {
  const cases = [made('c-1', 'Familia R.'), made('c-2', 'Familia S.'), made('c-3', 'Familia T.')];

  it('writes every case in order when nothing fails', async () => {
    const { store, saved } = recordingStore(() => undefined);
    await saveCasesTogether(store, cases.map(changed));
    expect(saved).toEqual(['Familia R.: changed', 'Familia S.: changed', 'Familia T.: changed']);
  });

  it('writes nothing when one case refuses the change', async () => {
    const { store, saved } = recordingStore(() => undefined);
    const refused = { before: cases[1]!, next: { ...cases[1]!, alias: '' } };
    await expect(saveCasesTogether(store, [changed(cases[0]!), refused])).rejects.toMatchObject({
      code: 'invalid-request',
    });
    expect(saved).toEqual([]);
  });

  it('puts back the cases written before a write that fails, newest first, and reports the failure', async () => {
    const failure = new AppError('disk-full', 'The disk is full.');
    const { store, saved } = recordingStore((journalCase, attempt) =>
      journalCase.id === 'c-3' && attempt === 2 ? failure : undefined,
    );
    await expect(saveCasesTogether(store, cases.map(changed))).rejects.toBe(failure);
    expect(saved).toEqual(['Familia R.: changed', 'Familia S.: changed', 'Familia S.: as read', 'Familia R.: as read']);
  });

  it('says which cases keep the change when putting them back fails too', async () => {
    const { store } = recordingStore((journalCase, attempt) =>
      attempt === 1 ? new AppError('io-failure', 'No.') : attempt === 2 ? new Error('Still no.') : undefined,
    );
    await expect(saveCasesTogether(store, cases.slice(0, 2).map(changed))).rejects.toMatchObject({
      code: 'io-failure',
      message: expect.stringContaining('could not be undone in Familia R.'),
    });
  });
});
