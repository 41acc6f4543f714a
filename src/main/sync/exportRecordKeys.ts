/**
 * What a case's export file is made of in a synced vault (docs/sync.md): each export-log line, each
 * word marked safe or as a name, each place decision, each pseudonym given and written, and each
 * other person named, saved on its own. A word is keyed by a digest of its folded form, so the
 * same word marked on two devices is one thing, whatever its accents or capitals.
 */
import { createHash } from 'node:crypto';
import { nonBlankSchema } from '../../shared/domain/primitives';
import { pseudonymAssignmentSchema } from '../../shared/exports/deidentify/pseudonyms';
import {
  customPseudonymSchema,
  exportRecordSchema,
  otherPersonSchema,
  placeDecisionSchema,
} from '../../shared/exports/exportLog';
import { fold } from '../../shared/text/normalize';
import { recordKeyMaker, revisionSchemaFor, type RecordKind } from './recordKinds';

/** The id of a word (or a place, or the first word naming someone) in record keys: 32 hex digits. */
export function wordId(word: string): string {
  return createHash('sha256').update(fold(word.trim())).digest('hex').slice(0, 32);
}

const kinds = {
  // A line is logged pending, then confirmed: the same device's next revision. Never removed.
  export: { schema: exportRecordSchema, idOf: (line: { id: string }) => line.id, removable: false },
  safeWord: { schema: nonBlankSchema, idOf: wordId, removable: true },
  nameWord: { schema: nonBlankSchema, idOf: wordId, removable: true },
  place: { schema: placeDecisionSchema, idOf: (place: { text: string }) => wordId(place.text), removable: true },
  // Given once and never taken back, so an ordinal is never given to someone else.
  pseudonym: {
    schema: pseudonymAssignmentSchema,
    idOf: (given: { partyId: string; role: string }) => `${given.role}.${given.partyId}`,
    removable: false,
  },
  customPseudonym: {
    schema: customPseudonymSchema,
    idOf: (written: { partyId: string; language: string }) => `${written.language}.${written.partyId}`,
    removable: true,
  },
  other: {
    schema: otherPersonSchema,
    idOf: (other: { words: string[] }) => wordId(other.words[0] ?? ''),
    removable: false,
  },
} satisfies Record<string, RecordKind>;

/** The record key of one thing in the export file, from its value. */
export const exportRecordKey = recordKeyMaker(kinds);

/** A revision of a case's export file as stored, checked whole (recordKinds.ts). */
export const exportsRevisionSchema = revisionSchemaFor('an export file', kinds);
