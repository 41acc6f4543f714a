/** What the renderer may know about the vault: its state and where it lives, never a key. */
import { z } from 'zod';

export const vaultStates = ['absent', 'locked', 'unlocked'] as const;
export type VaultState = (typeof vaultStates)[number];

export const vaultStatusSchema = z.strictObject({
  state: z.enum(vaultStates),
  directory: z.string(),
  /** Unlocked without its lock, because the folder could not be written (a full disk): nothing can be saved. */
  readOnly: z.literal(true).optional(),
  /**
   * Files (relative paths) found older than the journal's own record of them at unlock, as when
   * an earlier copy of the folder is put back: the journal is read-only until the practitioner
   * restores a backup or keeps the state found.
   */
  rolledBack: z.array(z.string()).optional(),
});
export type VaultStatus = z.infer<typeof vaultStatusSchema>;

/** Passphrases cross IPC only on their way in; main never sends one back. */
export const passphraseSchema = z.string().min(1).max(1024);

export const createVaultRequestSchema = z.strictObject({ passphrase: passphraseSchema });
export const createVaultResponseSchema = z.strictObject({
  status: vaultStatusSchema,
  /** Shown once, for the recovery kit; Alianza cannot show it again. */
  recoveryKey: z.string(),
  /** The journal exists, but the disk did not confirm its header was stored: shown with the kit. */
  warning: z.string().optional(),
});

export const unlockRequestSchema = z.strictObject({ passphrase: passphraseSchema });
export const recoverRequestSchema = z.strictObject({
  recoveryKey: z.string().min(1).max(200),
  newPassphrase: passphraseSchema,
});
export const changePassphraseRequestSchema = z.strictObject({
  currentPassphrase: passphraseSchema,
  newPassphrase: passphraseSchema,
});

/**
 * A new recovery key, shown once as a recovery kit: after a recovery (the key that was used is
 * replaced), after a key rotation, or on request.
 */
export const recoveryKitResponseSchema = z.strictObject({
  status: vaultStatusSchema,
  recoveryKey: z.string(),
  /** Done, but something the user must know: the disk did not confirm it, or the vault was locked to finish it. */
  warning: z.string().optional(),
});
export type RecoveryKitResponse = z.infer<typeof recoveryKitResponseSchema>;

/** A new data key and every file re-encrypted under it, with a new passphrase. */
export const rotateKeysRequestSchema = changePassphraseRequestSchema;
export const newRecoveryKeyRequestSchema = z.strictObject({ passphrase: passphraseSchema });
