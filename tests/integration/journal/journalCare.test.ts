/**
 * The app's backup, check, import and restore (`createJournalCare`), through the services as the
 * app composes them: what each refuses, what a cancelled dialog does, and the progress each reports.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { FilePurpose } from '../../../src/main/journal/journalCare';
import type { Progress } from '../../../src/shared/progress/progress';
import { toInterchange } from '../../../src/shared/domain/interchangeMapping';
import { syntheticJournal } from '../../../bench/syntheticVault';
import { createTestServices } from '../../support/services';
import { removeFolder, temporaryFolder } from '../../unit/vault/fixtures';
import { passphrase } from './support';
import { deliveringProgress } from '../../support/events';

const folders: string[] = [];
const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0)) await close();
  for (const folder of folders.splice(0)) await removeFolder(folder);
});

async function journalWith(files: Partial<Record<FilePurpose, string>>, root?: string) {
  const folder = root ?? (await temporaryFolder('alianza-care-'));
  if (root === undefined) folders.push(folder);
  const progress: Progress[] = [];
  const services = createTestServices({
    settingsDirectory: path.join(folder, 'settings'),
    vaultDirectory: path.join(folder, files.restore === undefined ? 'vault' : 'restored'),
    chooseFile: ({ purpose }) => Promise.resolve(files[purpose]),
    deliverEvent: deliveringProgress((message) => void progress.push(message)),
    autoLockCheckMilliseconds: 2_000_000_000,
  });
  closers.push(() => services.shutdown());
  return { folder, services, progress };
}

describe('journal care in the app', () => {
  it('imports, backs up, checks and restores, reporting each step from 0 to the total', async () => {
    const folder = await temporaryFolder('alianza-care-');
    folders.push(folder);
    const interchange = path.join(folder, 'cases.json');
    const archive = path.join(folder, 'journal.alzb');
    const cases = syntheticJournal({ cases: 6, entriesPerCase: 5, seed: 3 });
    await writeFile(interchange, JSON.stringify(toInterchange(cases, () => [])));
    const { services, progress } = await journalWith({ import: interchange, backup: archive }, folder);
    await services.vault.create(passphrase);

    expect(await services.care.importCases()).toMatchObject({ done: true, cases: 6, entries: 30 });
    expect((await services.journal.listCases()).length).toBe(6);
    const backedUp = await services.care.backup();
    expect(backedUp).toMatchObject({ done: true, file: archive });
    const verified = await services.care.verify();
    expect(verified.problems).toEqual([]);
    for (const task of ['import', 'backup', 'verify'] as const) {
      const messages = progress.filter((message) => message.task === task);
      expect(messages[0]).toMatchObject({ done: 0, finished: false });
      expect(messages.at(-1)).toMatchObject({ finished: true });
      expect(messages.at(-1)?.done).toBe(messages.at(-1)?.total);
    }
    expect(progress.filter((message) => message.task === 'verify').at(-1)?.total).toBe(verified.checked);

    const elsewhere = await journalWith({ restore: archive }, folder);
    expect(await elsewhere.services.care.restoreArchive()).toMatchObject({
      done: true,
      files: backedUp.done ? backedUp.files : -1,
    });
    expect((await elsewhere.services.vault.status()).state).toBe('locked');
    await elsewhere.services.vault.unlock(passphrase);
    expect((await elsewhere.services.journal.listCases()).length).toBe(6);
    expect(elsewhere.progress.filter((message) => message.task === 'restore').at(-1)).toMatchObject({ finished: true });
  }, 120_000);

  it('a cancelled dialog changes nothing', async () => {
    const { services } = await journalWith({});
    await services.vault.create(passphrase);
    expect(await services.care.backup()).toEqual({ done: false });
    expect(await services.care.importCases()).toEqual({ done: false });
    expect(await services.journal.listCases()).toEqual([]);
  }, 60_000);

  it('refuses a backup inside the journal folder, and a restore where a journal is', async () => {
    const folder = await temporaryFolder('alianza-care-');
    folders.push(folder);
    const { services } = await journalWith({ backup: path.join(folder, 'vault', 'backup.alzb') }, folder);
    await services.vault.create(passphrase);
    await expect(services.care.backup()).rejects.toMatchObject({ code: 'invalid-request' });

    const over = await journalWith({ restore: path.join(folder, 'any.alzb') });
    await over.services.vault.create(passphrase);
    await expect(over.services.care.restoreArchive()).rejects.toMatchObject({ code: 'vault-exists' });
  }, 60_000);

  it('reports the three steps of a brief export, and finishes them when the export fails', async () => {
    const { folder, services, progress } = await journalWith({});
    await services.vault.create(passphrase);
    const [journalCase] = syntheticJournal({ cases: 1, entriesPerCase: 20, seed: 5 });
    const interchange = path.join(folder, 'one.json');
    await writeFile(interchange, JSON.stringify(toInterchange(journalCase === undefined ? [] : [journalCase])));
    const withImport = await journalWith({ import: interchange });
    await withImport.services.vault.create(passphrase);
    await withImport.services.care.importCases();
    const [summary] = await withImport.services.journal.listCases();
    if (summary === undefined) throw new Error('No case imported.');
    const brief = path.join(folder, 'brief.md');
    await withImport.services.exports.saveBrief(
      { caseId: summary.id, language: 'es', format: 'md', from: null },
      brief,
    );
    const steps = withImport.progress.filter((message) => message.task === 'export');
    expect(steps[0]).toMatchObject({ done: 0, total: 3, finished: false });
    expect(steps.every((message) => message.total === 3)).toBe(true);
    const done = steps.map((message) => message.done);
    expect(done).toEqual([...done].sort((a, b) => a - b));
    expect(steps.at(-1)).toMatchObject({ done: 3, total: 3, finished: true });

    // A path inside the journal folder is refused: the bar still goes away.
    await expect(
      withImport.services.exports.saveBrief(
        { caseId: summary.id, language: 'es', format: 'md', from: null },
        path.join(withImport.folder, 'vault', 'brief.md'),
      ),
    ).rejects.toMatchObject({ code: 'invalid-request' });
    expect(withImport.progress.filter((message) => message.task === 'export').at(-1)?.finished).toBe(true);
    // The other journal exported nothing (its search index, built at creation, reports itself).
    expect(progress.filter((message) => message.task !== 'search-index')).toEqual([]);
  }, 120_000);
});
