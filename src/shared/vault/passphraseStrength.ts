/**
 * A rough, explainable strength estimate for the passphrase screens. The real protection is the
 * slow KDF; this only steers people away from short or guessable passphrases.
 */

export type StrengthLevel = 0 | 1 | 2 | 3 | 4;

export interface PassphraseStrength {
  level: StrengthLevel;
  /** Estimated entropy in bits. */
  bits: number;
  /** Reasons to show, as translation keys under `passphrase.hints`. */
  hints: ('tooShort' | 'addWords' | 'repeated' | 'common')[];
}

export const minimumPassphraseLength = 10;

/** New passphrases below this level are refused by the vault, the CLI and the UI alike. */
export const minimumAcceptedLevel: StrengthLevel = 2;

const common = [
  'password',
  'contraseña',
  'contrasena',
  'alianza',
  'qwerty',
  '123456',
  'letmein',
  'iloveyou',
  'admin',
  'welcome',
  'bienvenido',
  'familia',
  'tribunal',
];

export function estimatePassphraseStrength(passphrase: string): PassphraseStrength {
  const hints: PassphraseStrength['hints'] = [];
  const characters = [...passphrase];
  const lower = passphrase.toLowerCase();
  let pool = 0;
  if (/[a-z]/.test(passphrase)) pool += 26;
  if (/[A-Z]/.test(passphrase)) pool += 26;
  if (/[0-9]/.test(passphrase)) pool += 10;
  if (/[^a-zA-Z0-9]/.test(passphrase)) pool += 33;
  const distinct = new Set(characters).size;
  // Repeats add little: count distinct characters fully and the rest at a quarter.
  const effectiveLength = distinct + (characters.length - distinct) / 4;
  let bits = pool === 0 ? 0 : effectiveLength * Math.log2(pool);
  if (common.some((word) => lower.includes(word))) {
    bits = Math.min(bits, 24);
    hints.push('common');
  }
  if (distinct <= Math.max(2, characters.length / 4)) hints.push('repeated');
  if (characters.length < minimumPassphraseLength) hints.push('tooShort');
  const words = passphrase.trim().split(/\s+/).filter(Boolean).length;
  if (words < 3 && bits < 70) hints.push('addWords');
  const level: StrengthLevel =
    characters.length < minimumPassphraseLength ? 0 : bits < 40 ? 1 : bits < 60 ? 2 : bits < 80 ? 3 : 4;
  return { level, bits: Math.round(bits), hints };
}
