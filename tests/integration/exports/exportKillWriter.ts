/**
 * Child process of exportKills.test.ts (bundled into one .mjs by tests/support/childScripts.ts): opens the vault with the
 * recovery key and exports supervision briefs and court-report documents of one case in a loop,
 * to a few file names in one folder (so files are also replaced), printing each saved export,
 * until it is killed. A word list stands in for the dictionaries, which take a second to load.
 */
import path from 'node:path';
import { createExportService } from '../../../src/main/exports/exportService';
import { createJournalStore } from '../../../src/main/journal/journalStore';
import { openVaultWithRecoveryKey } from '../../../src/main/vault/openVault';
import { wordList } from '../../unit/exports/fixtures';

const [directory, outbox, caseId, reportId, start = '0'] = process.argv.slice(2);
const recoveryKey = process.env.ALIANZA_TEST_RECOVERY_KEY;
if (directory === undefined || outbox === undefined || caseId === undefined || reportId === undefined) {
  throw new Error('usage: exportKillWriter <vault folder> <export folder> <case id> <report id> [first step]');
}
if (recoveryKey === undefined) throw new Error('ALIANZA_TEST_RECOVERY_KEY is not set.');

const session = await openVaultWithRecoveryKey({ directory, recoveryKey, holder: 'cli' });
const journal = { session, store: createJournalStore(session) };
const exports = createExportService({
  open: () => journal,
  now: () => new Date(),
  lexicon: () => Promise.resolve(wordList(['La', 'El', 'Los', 'Las', 'En', 'Con'])),
});

/** One export of each kind in turn; the brief's period moves on with each confirmed brief. */
const steps: (() => Promise<unknown>)[] = [
  () => exports.saveBrief({ caseId, language: 'es', format: 'docx' }, path.join(outbox, 'brief.docx')),
  () =>
    exports.saveReport(
      { caseId, reportId, kind: 'review', format: 'docx', language: 'es' },
      path.join(outbox, 'review.docx'),
    ),
  () => exports.saveBrief({ caseId, language: 'es', format: 'md', from: null }, path.join(outbox, 'brief.md')),
  () =>
    exports.saveReport(
      { caseId, reportId, kind: 'final', version: 2, format: 'md', language: 'en' },
      path.join(outbox, 'final.md'),
    ),
  () => exports.saveBrief({ caseId, language: 'en', format: 'html' }, path.join(outbox, 'brief.html')),
];

process.stdout.write('ready\n');
for (let turn = Number(start); ; turn += 1) {
  await steps[turn % steps.length]!();
  process.stdout.write(`exported ${turn}\n`);
}
