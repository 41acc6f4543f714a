/**
 * Two devices, two vault folders, the sync engine simulated by copying each device's folder across
 * (whole, or cut short as a copy still arriving): the journal service of each writes only its own
 * folder and reads both merged. A vault of the single-device layout is where they start.
 */
import { cp, mkdir, readFile, readdir, rename, rm, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backupVault, restoreVault } from '../../../src/main/backup/archive';
import { createJournalService, type JournalService } from '../../../src/main/journal/journalService';
import { verifyJournal } from '../../../src/main/journal/journalCheck';
import { deviceIdentityOf } from '../../../src/main/sync/deviceIdentity';
import { createVault } from '../../../src/main/vault/createVault';
import { openVault } from '../../../src/main/vault/openVault';
import { deviceFileId, deviceFolderFor } from '../../../src/main/vault/vaultLayout';
import type { VaultSession } from '../../../src/main/vault/vaultSession';
import type { Entry } from '../../../src/shared/domain/entry';
import { createCaseRequest, entryContent, manualClock } from '../../unit/journal/journalFixtures';
import { removeFolder, temporaryFolder } from '../../unit/vault/fixtures';
import { conflictCopyName } from '../../sync/harness/conflictNames';

const passphrase = 'cuaderno reflexivo de prueba 2025';

interface Device {
  name: 'a' | 'b' | 'c';
  deviceId: string;
  directory: string;
  session: VaultSession;
  journal: JournalService;
}

let root: string;
const clock = manualClock(new Date('2025-03-14T15:00:00.000Z'));
let a: Device;
let b: Device;
let caseId: string;
const first = 'e-first';

function textOf(entry: Entry | undefined): string | undefined {
  return entry?.sections[0]?.text;
}

function saveText(device: Device, entryId: string, text: string, onCase = caseId): Promise<Entry> {
  const content = entryContent();
  const [section, ...rest] = content.sections;
  if (section === undefined) throw new Error('The fixture has sections.');
  return device.journal.saveEntry({
    caseId: onCase,
    entryId,
    content: { ...content, sections: [{ ...section, text }, ...rest] },
  });
}

async function openDevice(name: 'a' | 'b' | 'c'): Promise<Device> {
  const directory = path.join(root, `vault-${name}`);
  // The device id is the installation's, from its own data folder, never from the vault.
  const { deviceId } = await deviceIdentityOf(path.join(root, `app-data-${name}`));
  const session = await openVault({ directory, passphrase, holder: 'app' });
  const journal = createJournalService({ session: () => session, now: clock.now, deviceId });
  return { name, deviceId, directory, session, journal };
}

/** Every file of `from`'s own folder copied into the other vault folder, as an engine delivers it. */
async function carry(from: Device, to: Device): Promise<void> {
  const folder = deviceFolderFor(from.deviceId);
  await cp(path.join(from.directory, folder), path.join(to.directory, folder), { recursive: true, force: true });
}

/** `relative` of `from`'s folder put in `to`'s with only its first `keep` bytes: a copy still arriving. */
async function carryCut(from: Device, to: Device, relative: string, cut: (length: number) => number): Promise<void> {
  const bytes = await readFile(path.join(from.directory, relative));
  await mkdir(path.dirname(path.join(to.directory, relative)), { recursive: true });
  await writeFile(path.join(to.directory, relative), bytes.subarray(0, cut(bytes.length)));
}

beforeAll(async () => {
  root = await temporaryFolder('alianza-two-folders-');
  // A journal of the single-device layout, with one case and one reflection.
  const created = await createVault({ directory: path.join(root, 'vault-a'), passphrase, holder: 'app' });
  const single = createJournalService({ session: () => created.session, now: clock.now });
  caseId = (await single.createCase(createCaseRequest('Familia R.'))).id;
  await single.saveEntry({ caseId, entryId: first, content: entryContent() });
  await single.saveDraft({ draftId: 'd-old', caseId, entryId: 'e-unfinished', content: { text: 'a medias' } });
  await created.session.lock();
  // The folder is synced to the second computer before either opens it as a device.
  await cp(path.join(root, 'vault-a'), path.join(root, 'vault-b'), { recursive: true });
  a = await openDevice('a');
  b = await openDevice('b');
});

afterAll(async () => {
  await a.session.lock();
  await b.session.lock();
  await removeFolder(root);
});

describe('two devices on one synced vault', () => {
  it('reads the single-device layout as it was, on both devices, and writes nothing there', async () => {
    for (const device of [a, b]) {
      const read = await device.journal.getCase(caseId);
      expect(read.alias).toBe('Familia R.');
      expect(read.entries.map((entry) => entry.id)).toEqual([first]);
    }
    expect(a.deviceId).not.toBe(b.deviceId);
  });

  it('keeps both texts of a reflection edited on both while apart, and everything else each wrote', async () => {
    const legacyCase = await readFile(path.join(a.directory, 'cases', `${caseId}.alz`));
    clock.set(new Date('2025-03-15T10:00:00.000Z'));
    await saveText(a, first, 'Texto corregido en la oficina.');
    await saveText(a, 'e-office', 'Una sesión escrita en la oficina.');
    clock.set(new Date('2025-03-15T11:00:00.000Z'));
    await saveText(b, first, 'Texto corregido en casa.');
    await saveText(b, 'e-home', 'Una sesión escrita en casa.');
    const other = (await b.journal.createCase(createCaseRequest('Familia S.'))).id;
    await saveText(b, 'e-other', 'La primera sesión de otra familia.', other);
    // The old layout's files are read, never written.
    expect(await readFile(path.join(a.directory, 'cases', `${caseId}.alz`))).toEqual(legacyCase);
    expect(await readFile(path.join(b.directory, 'cases', `${caseId}.alz`))).toEqual(legacyCase);

    // B's log of the case arrives cut in its last record: what is whole is read, nothing else.
    const log = path.posix.join(deviceFolderFor(b.deviceId), 'cases', `${caseId}.alz`);
    await carryCut(b, a, log, (length) => length - 7);
    const partial = await a.journal.getCase(caseId);
    expect(textOf(partial.entries.find((entry) => entry.id === first))).toBe('Texto corregido en casa.');
    expect(partial.entries.map((entry) => entry.id)).toEqual([first, 'e-office']);
    // A file cut before its first record is whole is not read at all, and is no error either.
    await carryCut(b, a, log, () => 20);
    expect((await a.journal.getCase(caseId)).entries.map((entry) => entry.id)).toEqual([first, 'e-office']);
    // Nor is it named by verify as damage while it may still be arriving.
    const checked = await verifyJournal(a.session);
    expect(checked.problems).toEqual([]);
    expect(checked.notes).toEqual([expect.stringContaining(log)]);
    // One that stayed so past the grace time is named.
    const longAgo = new Date(Date.now() - 11 * 60 * 1000);
    await utimes(path.join(a.directory, log), longAgo, longAgo);
    expect((await verifyJournal(a.session)).problems).toEqual([
      expect.objectContaining({ path: log, code: 'integrity', kind: 'current' }),
    ]);

    await carry(b, a);
    await carry(a, b);
    for (const device of [a, b]) {
      const cases = await device.journal.listCases();
      expect(cases.map((line) => line.alias)).toEqual(['Familia R.', 'Familia S.']);
      const merged = await device.journal.getCase(caseId);
      expect(merged.entries.map((entry) => entry.id).sort()).toEqual([first, 'e-home', 'e-office'].sort());
      // The later edit is in force; the other is kept, listed in the inbox with its device and time.
      expect(textOf(merged.entries.find((entry) => entry.id === first))).toBe('Texto corregido en casa.');
      const conflicts = await device.journal.conflicts();
      expect(conflicts).toHaveLength(1);
      const [conflict] = conflicts;
      expect(conflict).toMatchObject({ caseId, key: `entry:${first}`, kind: 'entry', toSettle: true });
      expect(conflict?.texts.map((text) => [text.device, text.current, textOf(text.value as Entry)])).toEqual([
        [b.deviceId, true, 'Texto corregido en casa.'],
        [a.deviceId, false, 'Texto corregido en la oficina.'],
      ]);
      expect(conflict?.texts.map((text) => text.savedAt)).toEqual([
        '2025-03-15T11:00:00.000Z',
        '2025-03-15T10:00:00.000Z',
      ]);
      expect((await device.journal.getCase(other)).entries.map((entry) => entry.id)).toEqual(['e-other']);
    }
  });

  it('goes on from the merged state: a later save replaces the text in force and leaves the conflict waiting', async () => {
    clock.set(new Date('2025-03-16T09:00:00.000Z'));
    await saveText(a, 'e-office', 'Una sesión escrita en la oficina, completada.');
    await carry(a, b);
    const read = await b.journal.getCase(caseId);
    expect(textOf(read.entries.find((entry) => entry.id === 'e-office'))).toBe(
      'Una sesión escrita en la oficina, completada.',
    );
    expect(await b.journal.conflicts()).toHaveLength(1);
  });

  it('merges drafts: one saved on either shows on both, a discard goes on both, one saved apart on both is kept', async () => {
    const ids = async (device: Device) => (await device.journal.listDrafts()).map((draft) => draft.draftId).sort();
    expect(await ids(a)).toEqual(['d-old']);
    await a.journal.saveDraft({ draftId: 'd-office', caseId, entryId: 'e-next', content: { text: 'oficina' } });
    await b.journal.discardDraft('d-old');
    clock.set(new Date('2025-03-16T10:00:00.000Z'));
    await a.journal.saveDraft({ draftId: 'd-both', caseId, entryId: 'e-both', content: { text: 'en la oficina' } });
    clock.set(new Date('2025-03-16T10:05:00.000Z'));
    await b.journal.saveDraft({ draftId: 'd-both', caseId, entryId: 'e-both', content: { text: 'en casa' } });
    await carry(a, b);
    await carry(b, a);
    for (const device of [a, b]) {
      expect(await ids(device)).toEqual(['d-both', 'd-office']);
      const both = (await device.journal.listDrafts()).find((draft) => draft.draftId === 'd-both');
      expect(both?.content).toEqual({ text: 'en casa' });
      const conflicts = await device.journal.conflicts();
      expect(conflicts.map((conflict) => [conflict.key, conflict.toSettle])).toEqual([
        [`entry:${first}`, true],
        ['draft:d-both', false],
      ]);
      expect(conflicts[1]?.texts.map((text) => (text.value as { content: unknown }).content)).toEqual([
        { text: 'en casa' },
        { text: 'en la oficina' },
      ]);
      // The old layout's draft is discarded by a revision; its file is read, never written.
      expect(await readdir(path.join(device.directory, 'drafts'))).toEqual(['d-old.alz']);
    }
  });

  it("takes in the revisions only an engine's conflict copy holds, then removes the copy; one still arriving waits", async () => {
    // A third computer, whose log reaches A only as a copy the engine kept aside.
    await cp(b.directory, path.join(root, 'vault-c'), { recursive: true });
    await rm(path.join(root, 'vault-c', 'vault.lock'), { force: true });
    await rm(path.join(root, 'vault-c', 'locks'), { recursive: true, force: true });
    const c = await openDevice('c');
    try {
      await saveText(c, 'e-third', 'Una sesión escrita en un tercer computador.');
    } finally {
      await c.session.lock();
    }
    const folder = path.posix.join(deviceFolderFor(c.deviceId), 'cases');
    const copy = path.posix.join(
      folder,
      conflictCopyName('syncthing', `${caseId}.alz`, { device: 'ABCDEFG', at: clock.now() }),
    );
    const arriving = path.posix.join(
      folder,
      conflictCopyName('nextcloud', `${caseId}.alz`, { device: 'ana', at: clock.now() }),
    );
    await carryCut(c, a, path.posix.join(folder, `${caseId}.alz`), (length) => length);
    await rename(path.join(a.directory, folder, `${caseId}.alz`), path.join(a.directory, copy));
    await carryCut(c, a, path.posix.join(folder, `${caseId}.alz`), () => 20);
    await rename(path.join(a.directory, folder, `${caseId}.alz`), path.join(a.directory, arriving));

    expect((await a.journal.conflicts()).map((conflict) => conflict.key)).toEqual([`entry:${first}`, 'draft:d-both']);
    expect((await a.journal.getCase(caseId)).entries.map((entry) => entry.id)).toContain('e-third');
    // Taken in, the copy is gone; the one still arriving stays, unread and unreported.
    expect(await readdir(path.join(a.directory, folder))).toEqual([path.posix.basename(arriving)]);
    // What A took in is in A's own log now, so it reaches B with it.
    await carry(a, b);
    const third = (await b.journal.getCase(caseId)).entries.find((entry) => entry.id === 'e-third');
    expect(textOf(third)).toBe('Una sesión escrita en un tercer computador.');
    await rm(path.join(a.directory, arriving));
    await rm(path.join(a.directory, deviceFolderFor(c.deviceId)), { recursive: true });
  });

  it('verifies on both devices, each device folder included', async () => {
    for (const device of [a, b]) {
      const report = await verifyJournal(device.session);
      expect(report.problems).toEqual([]);
      const names = await readdir(path.join(device.directory, 'devices'));
      expect(names.sort()).toEqual([a.deviceId, b.deviceId].sort());
      // Every device file, both folders, decrypted and checked.
      expect(report.checked).toBeGreaterThanOrEqual(6);
    }
  });

  it('is backed up and restored whole, device folders included, and opens as it was', async () => {
    const archive = path.join(root, 'a.alzbackup');
    await backupVault(a.directory, archive, clock.now, { lockHeld: true });
    const restored = path.join(root, 'restored');
    await restoreVault(archive, restored);
    const session = await openVault({ directory: restored, passphrase, holder: 'app' });
    try {
      const journal = createJournalService({ session: () => session, now: clock.now, deviceId: a.deviceId });
      expect(await journal.getCase(caseId)).toEqual(await a.journal.getCase(caseId));
      expect(await journal.conflicts()).toEqual(await a.journal.conflicts());
      expect((await verifyJournal(session)).problems).toEqual([]);
    } finally {
      await session.lock();
    }
  });

  it('rotates the keys of every file of one folder, device folders included, and reads it all again', async () => {
    const before = await a.journal.getCase(caseId);
    const conflicts = await a.journal.conflicts();
    await a.session.rotateKeys('otra frase de paso bastante larga 2025');
    // Every file was rewritten under the new key: each is read again.
    const journal = createJournalService({ session: () => a.session, now: clock.now, deviceId: a.deviceId });
    expect(await journal.getCase(caseId)).toEqual(before);
    expect(await journal.conflicts()).toEqual(conflicts);
    expect((await verifyJournal(a.session)).problems).toEqual([]);
  });

  it('goes on numbering its revisions where it left off when the journal is opened again', async () => {
    await a.session.lock();
    const session = await openVault({
      directory: a.directory,
      passphrase: 'otra frase de paso bastante larga 2025',
      holder: 'app',
    });
    a = {
      ...a,
      session,
      journal: createJournalService({ session: () => session, now: clock.now, deviceId: a.deviceId }),
    };
    clock.set(new Date('2025-03-17T09:00:00.000Z'));
    await saveText(a, 'e-later', 'Otra sesión, días después.');
    await a.journal.saveDraft({ draftId: 'd-later', caseId, entryId: 'e-next', content: { text: 'luego' } });
    const own: number[] = [];
    for (const fileId of [
      deviceFileId(a.deviceId, `case:${caseId}`),
      ...['d-office', 'd-both', 'd-later'].map((id) => deviceFileId(a.deviceId, `draft:${id}`)),
    ]) {
      const records = (await session.readFile(fileId)).data as { device: string; sequence: number }[];
      own.push(...records.filter((record) => record.device === a.deviceId).map((record) => record.sequence));
    }
    // One sequence across every file of the device, never given twice.
    expect(new Set(own).size).toBe(own.length);
    expect(Math.max(...own)).toBe(own.length);
  });
});
