/**
 * Child process of rotationKills.test.ts (bundled into one .mjs by tests/support/childScripts.ts): opens the vault with
 * one passphrase and re-encrypts it under the other, saying `staging` once the files start to be
 * written and `rotated` when it is done. Passphrases come in the environment: a test's only.
 */
import { openVault } from '../../../src/main/vault/openVault';

const directory = process.argv[2];
const from = process.env['ALIANZA_TEST_FROM'];
const to = process.env['ALIANZA_TEST_TO'];
if (directory === undefined || from === undefined || to === undefined)
  throw new Error('usage: rotationKillWorker <vault>');

const session = await openVault({ directory, passphrase: from, holder: 'cli' });
let staging = false;
await session.rotateKeys(to, {
  onProgress: () => {
    if (staging) return;
    staging = true;
    process.stdout.write('staging\n');
  },
});
process.stdout.write('rotated\n');
await session.lock();
