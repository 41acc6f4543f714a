/**
 * Attacks that used to end in a misleading or raw failure: a lock file that cannot be removed
 * after a passphrase change, a restore whose working folder cannot be made, an interchange file
 * with a million attendees or tens of thousands of entries, and a party name of 30 000 characters.
 */
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { changePassphrase } from '../../../src/cli/commands/changePassphrase';
import type { CommandContext } from '../../../src/cli/context';
import { lineSecrets } from '../../../src/cli/secrets';
import { backupVault, restoreVault } from '../../../src/main/backup/archive';
import { createVault } from '../../../src/main/vault/createVault';
import { openVault } from '../../../src/main/vault/openVault';
import { nodeVaultFileSystem, type VaultFileSystem } from '../../../src/main/vault/vaultFileSystem';
import { caseProblems } from '../../../src/shared/domain/integrity';
import { alianza } from '../../support/cli';
import { createCaseRequest } from '../../unit/journal/journalFixtures';
import { openReportJournal, type ReportJournal } from '../reports/support';
import { rejection, removeFolder, systemError, temporaryFolder } from '../../unit/vault/fixtures';

const passphrase = 'fallas que confunden al usuario';
let root: string;
let directory: string;
beforeEach(async () => {
  root = await temporaryFolder('alianza-misleading-');
  directory = path.join(root, 'vault');
});
afterEach(async () => {
  await removeFolder(root);
});

describe('a lock file that cannot be removed after a passphrase change', () => {
  it('is reported as success with a notice, and the new passphrase opens', async () => {
    const { session } = await createVault({ directory, passphrase, holder: 'cli' });
    await session.lock();
    const stuck: VaultFileSystem = {
      ...nodeVaultFileSystem,
      rm: (async (file: string, options?: Parameters<VaultFileSystem['rm']>[1]) => {
        if (path.basename(file) === 'vault.lock') throw systemError('EIO');
        return nodeVaultFileSystem.rm(file, options);
      }) as VaultFileSystem['rm'],
    };
    const next = 'una frase nueva y bastante larga';
    const context: CommandContext = {
      vaultDirectory: directory,
      secrets: lineSecrets(Readable.from([`${passphrase}\n`, `${next}\n`])),
      positionals: [],
      options: {},
      stderr: new PassThrough(),
      now: () => new Date(),
      notices: [],
      fileSystem: stuck,
    };
    const result = await changePassphrase(context);
    console.warn(
      `stuck vault.lock after change-passphrase: exit ${result.exitCode ?? 0}, "${result.lines[0] ?? ''}", notice: "${context.notices[0]?.slice(0, 70) ?? ''}…"`,
    );
    expect(result.exitCode ?? 0).toBe(0);
    expect(context.notices).toHaveLength(1);
    expect(context.notices[0]).toContain('vault.lock');
    // The lock file stays (its process, this one, is alive), and this process takes it over.
    const reopened = await openVault({ directory, passphrase: next, holder: 'cli' });
    await reopened.lock();
  });
});

describe('a restore whose working folder cannot be made', () => {
  it.runIf(process.platform === 'linux' && existsSync('/sys/kernel'))('says which step failed', async () => {
    const { session } = await createVault({ directory, passphrase });
    await session.lock();
    const archive = path.join(root, 'journal.alzb');
    await backupVault(directory, archive, () => new Date());
    // /sys takes no new folders: the staging folder beside the target cannot be made.
    const error = await rejection(restoreVault(archive, '/sys/alianza-restore-target'));
    console.warn(`restore whose staging folder cannot be made: ${error.code}: ${error.message}`);
    expect(error.code).toBe('io-failure');
    expect(error.message).toContain('working folder');
  });
});

describe('an interchange file made to exhaust the importer', () => {
  async function importing(document: unknown) {
    await alianza(['init', '--vault', directory, '--passphrase-stdin'], [passphrase]);
    const file = path.join(root, 'big.json');
    await writeFile(file, JSON.stringify(document));
    return alianza(['import', file, '--vault', directory, '--passphrase-stdin', '--json'], [passphrase]);
  }

  function oneCase(entries: unknown[]) {
    return {
      format: 'alianza-journal',
      version: 1,
      cases: [{ alias: 'Grande', phase: 'start', parties: [{ id: 'p1', role: 'parent', name: 'Ana' }], entries }],
    };
  }

  const entry = (id: string, attendees: string[] = ['p1']) => ({
    id,
    sessionDate: '2025-03-14',
    phase: 'start',
    attendees,
    sections: [{ title: 'Visita', visibility: 'supervision', text: 'Breve.' }],
  });

  it('with a million attendees is refused naming the list and its limit', async () => {
    const run = await importing(
      oneCase([
        entry(
          'e1',
          Array.from({ length: 1_000_000 }, (_, index) => `p${index}`),
        ),
      ]),
    );
    const error = run.json['error'] as { code: string; message: string };
    console.warn(`1 000 000 attendees: ${error.code}: ${error.message.split('\n')[1] ?? ''}`);
    expect(error.code).toBe('invalid-request');
    expect(error.message).toContain('cases[0].entries[0].attendees: expected at most 500');
  });

  it('with 25 000 entries is refused naming the list and its limit', async () => {
    const run = await importing(oneCase(Array.from({ length: 25_000 }, (_, index) => entry(`e${index}`))));
    const error = run.json['error'] as { code: string; message: string };
    console.warn(`25 000 entries: ${error.code}: ${error.message.split('\n')[1] ?? ''}`);
    expect(error.code).toBe('invalid-request');
    expect(error.message).toContain('cases[0].entries: expected at most 20000');
  });

  it('never overflows the stack in the cross-checks, whatever the size', () => {
    const attendees = Array.from({ length: 300_000 }, (_, index) => `p${index}`);
    const problems = caseProblems({
      phase: 'start',
      parties: [{ id: 'p1' }],
      entries: [{ id: 'e1', attendees, sections: [] }],
    });
    // Every attendee but p1 is unknown: one problem each.
    expect(problems).toHaveLength(299_999);
  });
});

describe('a party name of 30 000 characters', () => {
  let journal: ReportJournal;
  beforeEach(async () => {
    journal = await openReportJournal();
  });
  afterEach(async () => {
    await journal.close();
  });

  it('is refused where it comes in, and a name at the limit still gives a brief preview', async () => {
    const long = 'Ana'.repeat(10_000);
    const created = await rejection(
      journal.call('createCase', {
        ...createCaseRequest('Familia L.'),
        parties: [{ id: 'p1', role: 'parent', name: long, aliases: [] }],
      }),
    );
    const imported = await alianza(
      [
        'import',
        await (async () => {
          const file = path.join(root, 'long.json');
          const document = JSON.parse(
            await readFile(path.resolve(import.meta.dirname, '../../fixtures/interchange-full.json'), 'utf8'),
          ) as { cases: { parties: { name: string }[] }[] };
          document.cases[0]!.parties[0]!.name = long;
          await writeFile(file, JSON.stringify(document));
          return file;
        })(),
        '--vault',
        journal.directory,
        '--passphrase-stdin',
        '--json',
      ],
      [],
    );
    const overview = await journal.services.journal.getCase(journal.caseId);
    const [first, ...rest] = overview.parties;
    await journal.services.journal.updateCase({
      caseId: journal.caseId,
      parties: [{ ...first!, name: `Rosa ${'Muñoz '.repeat(40)}`.slice(0, 200).trim() }, ...rest],
    });
    const preview = await journal.services.exports.previewBrief({ caseId: journal.caseId, language: 'es', from: null });
    console.warn(
      `party name of 30 000 characters: app ${created.code} (${created.message.slice(0, 60)}…), import ${String((imported.json['error'] as { code?: string } | undefined)?.code ?? 'not run')}; a 200-character name previews (${preview.markdown.length} characters of brief)`,
    );
    expect(created.code).toBe('invalid-request');
    expect(preview.markdown.length).toBeGreaterThan(0);
  });
});
