/**
 * Draft format versions, on a copy of the vault the previous release made (tests/fixtures/vault-v1):
 * a version 1 draft (no `version` field) is read upgraded and written as version 2 only when saved,
 * its earlier file kept as a backup generation; a draft from a newer Alianza is listed as
 * unreadable and never saved over or deleted.
 */
import { cp, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { discardDraft, discardDraftsOf, listDrafts, saveDraft } from '../../../src/main/journal/drafts';
import { openVault } from '../../../src/main/vault/openVault';
import type { VaultSession } from '../../../src/main/vault/vaultSession';
import { exists, rejection, removeFolder, temporaryFolder } from '../../unit/vault/fixtures';

const fixture = path.resolve(import.meta.dirname, '../../fixtures/vault-v1');
const oldPassphrase = 'diario de formato antiguo';
const caseId = 'case-familia-r';

let folder: string;
let session: VaultSession;
beforeEach(async () => {
  folder = await temporaryFolder('alianza-draft-version-');
  await cp(fixture, folder, { recursive: true });
  session = await openVault({ directory: folder, passphrase: oldPassphrase, holder: 'app' });
});
afterEach(async () => {
  await session.lock();
  await removeFolder(folder);
});

const draftPath = (draftId: string) => path.join(folder, 'drafts', `${draftId}.alz`);
const content = { sections: [{ title: 'Lo que pasó', text: 'La abuela llamó.' }] };

describe('drafts in the previous release’s vault', () => {
  it('opens it with today’s code and lists its drafts', async () => {
    expect(await listDrafts(session)).toEqual({ drafts: [], unreadable: [] });
  });

  it('reads a version 1 draft upgraded, writes version 2 only on the next save, and keeps the version 1 file', async () => {
    // What the previous release wrote: the draft itself, without a version.
    const v1 = { draftId: 'd-old', caseId, entryId: 'e-1', savedAt: '2026-11-30T10:00:00.000Z', content };
    await session.writeFile('draft:d-old', v1);
    const before = await readFile(draftPath('d-old'));

    expect(await listDrafts(session)).toEqual({ drafts: [v1], unreadable: [] });
    expect(await readFile(draftPath('d-old'))).toEqual(before);

    const saved = await saveDraft(
      session,
      { draftId: 'd-old', caseId, entryId: 'e-1', content },
      new Date(2026, 11, 1),
    );
    expect(saved).not.toHaveProperty('version');
    expect((await session.readFile('draft:d-old')).data).toEqual({ version: 2, ...saved });
    const [backup] = await session.listBackups('draft:d-old');
    expect(backup).toMatchObject({ generation: 1, valid: true });
    expect(await readFile(backup!.path)).toEqual(before);
    expect((await listDrafts(session)).drafts).toEqual([saved]);
  });
});

describe('a draft from a newer version of Alianza', () => {
  const newer = {
    version: 3,
    draftId: 'd-new',
    caseId,
    entryId: 'e-2',
    savedAt: '2027-01-01T00:00:00.000Z',
    content,
    mood: 'a field this version does not know',
  };

  beforeEach(async () => {
    await session.writeFile('draft:d-new', newer);
  });

  it('is listed as unreadable, saying why, beside the drafts that can be read', async () => {
    const readable = await saveDraft(session, { draftId: 'd-1', caseId, entryId: 'e-3', content }, new Date());
    const { drafts, unreadable } = await listDrafts(session);
    expect(drafts).toEqual([readable]);
    expect(unreadable).toEqual([
      {
        draftId: 'd-new',
        code: 'unsupported-format',
        file: draftPath('d-new'),
        message:
          'This draft was written by a newer version of Alianza (format 3; this one reads up to 2). ' +
          'Update Alianza to open it; the file was left as it is.',
      },
    ]);
  });

  it('is never saved over, discarded or removed with its reflection: its bytes stay as they were', async () => {
    const before = await readFile(draftPath('d-new'));
    const save = await rejection(saveDraft(session, { draftId: 'd-new', caseId, entryId: 'e-2', content }, new Date()));
    expect(save.code).toBe('unsupported-format');
    expect(save.message).toContain('a newer version of Alianza');
    expect(save.file).toBe(draftPath('d-new'));
    expect((await rejection(discardDraft(session, 'd-new'))).code).toBe('unsupported-format');
    await discardDraftsOf(session, caseId, 'e-2');

    expect(await readFile(draftPath('d-new'))).toEqual(before);
    expect(await exists(path.join(folder, 'backups', 'draft.d-new'))).toBe(false);
    expect(await session.listBackups('draft:d-new')).toEqual([]);
  });

  it('stays unreadable and untouched after the journal is locked and opened again', async () => {
    const before = await readFile(draftPath('d-new'));
    await session.lock();
    session = await openVault({ directory: folder, passphrase: oldPassphrase, holder: 'app' });
    expect((await listDrafts(session)).unreadable.map((draft) => draft.draftId)).toEqual(['d-new']);
    expect(await readFile(draftPath('d-new'))).toEqual(before);
  });
});
