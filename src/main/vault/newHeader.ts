/** The header of a set of keys: the data key wrapped under a passphrase and a new recovery key, signed. */
import { randomBytes } from 'node:crypto';
import { derivePassphraseKey, saltLength, type ScryptParameters } from './kdf';
import type { KeyRing } from './keyRing';
import { passphraseWrapAad, recoveryWrapAad, signHeader, wrapDataKey } from './keyWraps';
import { deriveRecoveryWrappingKey, formatRecoveryKey, generateRecoverySecret } from './recoveryKey';
import { vaultFormat, vaultVersion, type VaultHeader } from './vaultHeader';

/**
 * A header for `keys`: the data key wrapped under the passphrase and under a new recovery key,
 * signed. A new vault gets a new identity; a key rotation keeps the vault's.
 */
export async function newHeader(
  keys: KeyRing,
  passphrase: string,
  parameters: ScryptParameters,
  identity: { vaultId: string; createdAt: string },
): Promise<{ header: VaultHeader; recoveryKey: string }> {
  const binding = { format: vaultFormat, version: vaultVersion, vaultId: identity.vaultId } as const;
  const salt = randomBytes(saltLength);
  const { N, r, p } = parameters;
  const kdf = { algorithm: 'scrypt' as const, N, r, p, salt: salt.toString('base64') };
  const passphraseKey = await derivePassphraseKey(passphrase, salt, kdf);
  const passphraseWrap = wrapDataKey(passphraseKey, keys.dataKey, passphraseWrapAad({ ...binding, kdf }));
  passphraseKey.fill(0);

  const secret = generateRecoverySecret();
  const recoverySalt = randomBytes(saltLength).toString('base64');
  const recoveryKey = formatRecoveryKey(secret);
  const recoveryWrappingKey = deriveRecoveryWrappingKey(secret, Buffer.from(recoverySalt, 'base64'));
  secret.fill(0);
  const recoveryWrap = wrapDataKey(recoveryWrappingKey, keys.dataKey, recoveryWrapAad(binding, recoverySalt));
  recoveryWrappingKey.fill(0);

  const header = signHeader(keys.headerKey, {
    ...binding,
    createdAt: identity.createdAt,
    kdf,
    wraps: { passphrase: passphraseWrap, recovery: { salt: recoverySalt, ...recoveryWrap } },
  });
  return { header, recoveryKey };
}
