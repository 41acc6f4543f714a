/**
 * The passphrase change in Settings as typed: the current passphrase, the new one twice, and
 * whether to re-encrypt with a new key. The request's schema checks what is sent; whether the new
 * passphrase is strong enough and typed twice alike is `isAcceptableNewPassphrase`, which holds
 * the button until it is.
 */
import { z } from 'zod';
import { changePassphraseRequestSchema } from '../../../shared/vault/vaultStatus';

export interface PassphraseChangeValues {
  current: string;
  next: string;
  confirmation: string;
  rotate: boolean;
}

export type PassphraseChange = z.infer<typeof changePassphraseRequestSchema>;

export const emptyPassphraseChange: PassphraseChangeValues = { current: '', next: '', confirmation: '', rotate: false };

export const passphraseChangeSchema = z
  .object({ current: z.string(), next: z.string(), confirmation: z.string(), rotate: z.boolean() })
  .transform((values): PassphraseChange => ({ currentPassphrase: values.current, newPassphrase: values.next }))
  .pipe(changePassphraseRequestSchema);
