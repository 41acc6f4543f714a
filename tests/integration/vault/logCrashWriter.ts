/**
 * Child process of logCrash.test.ts (bundled into one .mjs by tests/support/childScripts.ts): opens the vault with the
 * recovery key (no slow KDF per child) and saves reflections through the journal service, in
 * turn in each case, printing `saved <caseId> <entryId>` once each save has returned.
 * `node --import tsx tests/integration/vault/logCrashWriter.ts <folder> <run>` runs it too.
 */
import { createJournalService } from '../../../src/main/journal/journalService';
import { openVaultWithRecoveryKey } from '../../../src/main/vault/openVault';
import { entryContent } from '../../unit/journal/journalFixtures';

const [directory, run] = process.argv.slice(2);
const recoveryKey = process.env.ALIANZA_TEST_RECOVERY_KEY;
if (directory === undefined || run === undefined || recoveryKey === undefined) {
  throw new Error('usage: logCrashWriter <vault folder> <run>');
}

const session = await openVaultWithRecoveryKey({ directory, recoveryKey, holder: 'cli' });
const journal = createJournalService({ session: () => session, now: () => new Date() });
const caseIds = (await journal.listCases()).map((summary) => summary.id);
// About a kilobyte per reflection: a kill often lands while one is written or flushed, and the
// cases stay small enough over 500 runs to open quickly.
const text = 'La abuela llamó antes de la visita; I wrote down how frustrated I felt. '.repeat(12);
process.stdout.write('ready\n');
for (let count = 0; ; count++) {
  const caseId = caseIds[count % caseIds.length] as string;
  const entryId = `e-${run}-${count}`;
  await journal.saveEntry({
    caseId,
    entryId,
    content: entryContent({
      sections: [{ id: 'what-happened', title: 'Lo que pasó', visibility: 'supervision', text: `${entryId} ${text}` }],
    }),
  });
  process.stdout.write(`saved ${caseId} ${entryId}\n`);
}
