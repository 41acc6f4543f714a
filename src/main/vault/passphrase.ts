/** The passphrase rules the vault itself enforces; the UI shows strength separately. */
import { AppError } from '../../shared/ipc/result';
import {
  estimatePassphraseStrength,
  minimumAcceptedLevel,
  minimumPassphraseLength,
} from '../../shared/vault/passphraseStrength';

/** One rule for the UI, the CLI and the vault. */
export { minimumPassphraseLength };

/**
 * NFC form, so "ñ" typed as one code point (Windows) or as n + combining tilde (some macOS input
 * methods) derives the same key. Throws `weak-passphrase` for anything shorter than the minimum.
 */
export function normalizePassphrase(passphrase: string): string {
  const normalized = passphrase.normalize('NFC');
  if (normalized.trim() === '' || [...normalized].length < minimumPassphraseLength) {
    throw new AppError('weak-passphrase', `The passphrase must have at least ${minimumPassphraseLength} characters.`);
  }
  // The passphrase and the slow KDF are all that protect a stolen laptop: refuse the guessable.
  if (estimatePassphraseStrength(normalized).level < minimumAcceptedLevel) {
    throw new AppError(
      'weak-passphrase',
      'That passphrase is too easy to guess. Add words, or mix in other characters.',
    );
  }
  return normalized;
}
