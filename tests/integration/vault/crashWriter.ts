/**
 * Child process of crash.test.ts (bundled into one .mjs by tests/support/childScripts.ts): opens the vault with the
 * recovery key (HKDF, so no slow KDF per child) and saves one case in a loop, printing each
 * confirmed save. `node --import tsx tests/integration/vault/crashWriter.ts <folder>` runs it too.
 */
import { openVaultWithRecoveryKey } from '../../../src/main/vault/openVault';

const directory = process.argv[2];
const recoveryKey = process.env.ALIANZA_TEST_RECOVERY_KEY;
if (directory === undefined || recoveryKey === undefined) throw new Error('usage: crashWriter <vault folder>');

const session = await openVaultWithRecoveryKey({ directory, recoveryKey, holder: 'cli' });
let counter = ((await session.readFile('case:crash')).data as { counter: number }).counter;
// About 40 KB per save, so a kill often lands in the middle of writing or syncing it.
const filler = 'La cuidadora no asistió; I wrote down how frustrated I felt. '.repeat(650);
process.stdout.write(`ready ${counter}\n`);
for (;;) {
  counter += 1;
  await session.writeFile('case:crash', { counter, filler });
  process.stdout.write(`saved ${counter}\n`);
}
