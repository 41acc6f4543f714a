/**
 * The reference printed on every exported supervision brief, so the file the supervisor sends
 * back finds its brief: `SB-TTTT-EEEE-EEEC`. It names nothing: T is a tag of the journal (from a
 * hash of the vault id, 20 bits: enough to tell "a brief of another journal", far too few to
 * single a vault out), E comes from a hash of the export's log entry id, which never leaves the
 * journal, and C is a check symbol, so a reference edited by hand is told apart from one that
 * simply matches nothing.
 */
import { createHash } from 'node:crypto';
import { checkSymbol, checks, crockfordAlphabet, encodeBits, symbolValue } from './crockfordBase32';

const prefix = 'SB';

function digest(...parts: string[]): Uint8Array {
  return createHash('sha256').update(parts.join('\0')).digest();
}

/** The journal's tag: the first group of each of its references. */
export function journalTag(vaultId: string): string {
  return encodeBits(digest('alianza brief reference tag 1', vaultId), 4);
}

/** The reference of the brief logged as `exportId` in the vault `vaultId`. */
export function briefReference(vaultId: string, exportId: string): string {
  const symbols = journalTag(vaultId) + encodeBits(digest('alianza brief reference 1', vaultId, exportId), 7);
  const whole = symbols + checkSymbol(symbols);
  return `${prefix}-${whole.slice(0, 4)}-${whole.slice(4, 8)}-${whole.slice(8)}`;
}

export type ReadReference =
  | { kind: 'none' }
  | { kind: 'found'; reference: string; tag: string }
  /** Something shaped like a reference whose check fails, or two different references. */
  | { kind: 'altered'; text: string };

// Word and mail clients turn hyphens into dashes and spaces into no-break ones; invisible
// characters get pasted in. All of them are read as what was printed.
const dashes = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g;
const invisible = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;
const spaces = /[\u00A0\u2007\u202F]/g;
const symbol = `[${crockfordAlphabet}OIL]`;
const shape = new RegExp(`\\bSB ?- ?(${symbol}{4}) ?- ?(${symbol}{4}) ?- ?(${symbol}{4})\\b`, 'gi');

/** The reference written in a text, as the supervisor's copy has it. */
export function readReference(text: string): ReadReference {
  const plain = text.replace(invisible, '').replace(dashes, '-').replace(spaces, ' ');
  const found = new Set<string>();
  let altered: string | undefined;
  for (const match of plain.matchAll(shape)) {
    const symbols = canonical(`${match[1]}${match[2]}${match[3]}`);
    if (checks(symbols)) found.add(`${prefix}-${symbols.slice(0, 4)}-${symbols.slice(4, 8)}-${symbols.slice(8)}`);
    else altered ??= match[0];
  }
  // A reference edited beside an intact one is still an edit: which one stands cannot be known.
  if (altered !== undefined) return { kind: 'altered', text: altered };
  if (found.size > 1) return { kind: 'altered', text: [...found].join(', ') };
  const [reference] = found;
  return reference === undefined ? { kind: 'none' } : { kind: 'found', reference, tag: reference.slice(3, 7) };
}

function canonical(symbols: string): string {
  return [...symbols].map((each) => crockfordAlphabet[symbolValue(each) ?? 0]).join('');
}
