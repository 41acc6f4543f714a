/**
 * The case document, format 5: a log of records in the case's file (`case:<id>`). The first record
 * holds the whole case; each later one holds one change: the case's details, or one entry as
 * saved. So saving a reflection appends one record, whatever the size of the case, and opening a
 * case replays its records. The log is rewritten as one record (compacted) when what was appended
 * outgrows the first record, and on the first save of a format-1 file. Format 3 adds attendance
 * and the session plan to the case's details; format 4 adds warning decisions and goal attainment
 * scales and reviews; format 5 the case's part of each supervision (`caseMigrations/`).
 *
 * Records are checked when written (`caseCheck.ts`); on read the AEAD tag already proves they are
 * ours, so only their version is looked at. `verify` still checks every case in full.
 */
import type { Case, CaseWithEntries } from '../../shared/domain/case';
import type { Entry } from '../../shared/domain/entry';
import { caseWithEntriesSchema } from '../../shared/domain/journal';
import { AppError } from '../../shared/ipc/result';
import { upgradeDocument, type DocumentVersioning } from '../../shared/storage/documentVersion';
import type { StoredFile } from '../vault/fileStore';
import { caseToVersion2 } from './caseMigrations/toVersion2';
import { caseToVersion3 } from './caseMigrations/toVersion3';
import { caseToVersion4 } from './caseMigrations/toVersion4';
import { caseToVersion5 } from './caseMigrations/toVersion5';

export const caseVersion = 5;

const versioning: DocumentVersioning = {
  subject: 'This case',
  current: caseVersion,
  migrations: { 1: caseToVersion2, 2: caseToVersion3, 3: caseToVersion4, 4: caseToVersion5 },
};

export type CaseRecord =
  | { version: typeof caseVersion; type: 'snapshot'; case: Case; entries: Entry[] }
  | { version: typeof caseVersion; type: 'details'; case: Case }
  | { version: typeof caseVersion; type: 'entry'; entry: Entry; updatedAt: string };

/** The record that holds a whole case: the first of every log. */
export function snapshotRecord(journalCase: CaseWithEntries): CaseRecord {
  const { entries, ...details } = journalCase;
  return { version: caseVersion, type: 'snapshot', case: details, entries };
}

/** The record of a change to the case's details (alias, parties, phase, status…). */
export function detailsRecord(journalCase: CaseWithEntries): CaseRecord {
  const { entries: _entries, ...details } = journalCase;
  return { version: caseVersion, type: 'details', case: details };
}

/** The record of one entry as saved (new, or replacing the entry with its id), and the case's new `updatedAt`. */
export function entryRecord(entry: Entry, updatedAt: string): CaseRecord {
  return { version: caseVersion, type: 'entry', entry, updatedAt };
}

/**
 * The case a stored file holds, of either format. A format-1 file is checked in full (it is being
 * migrated); a record of a newer format is refused, naming `file`.
 */
export function caseFromStored(caseId: string, stored: StoredFile, file: string): CaseWithEntries {
  if (stored.log === undefined) return migratedCase(caseId, stored.data, file);
  const records = upgradedRecords(stored, file);
  let journalCase: Case | undefined;
  const entries: Entry[] = [];
  const positions = new Map<string, number>();
  for (const record of records) {
    switch (record.type) {
      case 'snapshot':
        journalCase = record.case;
        entries.length = 0;
        positions.clear();
        for (const entry of record.entries) put(entry);
        break;
      case 'details':
        journalCase = record.case;
        break;
      case 'entry':
        if (journalCase === undefined) throw notUnderstood(file);
        put(record.entry);
        journalCase = { ...journalCase, updatedAt: record.updatedAt };
        break;
      default:
        throw notUnderstood(file);
    }
  }
  if (journalCase?.id !== caseId || records.length === 0) throw notUnderstood(file);
  return { ...journalCase, entries };

  function put(entry: Entry): void {
    const at = positions.get(entry.id);
    if (at === undefined) {
      positions.set(entry.id, entries.length);
      entries.push(entry);
    } else entries[at] = entry;
  }
}

/**
 * The records of a stored case in the current format: a log's, each migrated; a format-1 file's
 * whole case as one snapshot record. Checked as caseFromStored checks them.
 */
export function caseRecordsFromStored(caseId: string, stored: StoredFile, file: string): CaseRecord[] {
  if (stored.log !== undefined) {
    caseFromStored(caseId, stored, file);
    return upgradedRecords(stored, file);
  }
  const { entries, ...journalCase } = migratedCase(caseId, stored.data, file);
  return [{ version: caseVersion, type: 'snapshot', case: journalCase, entries }];
}

function upgradedRecords(stored: StoredFile, file: string): CaseRecord[] {
  return (stored.data as unknown[]).map((record) => upgradeDocument(versioning, record, { file }) as CaseRecord);
}

function migratedCase(caseId: string, data: unknown, file: string): CaseWithEntries {
  const upgraded = upgradeDocument(versioning, data, { file });
  if (typeof upgraded !== 'object' || upgraded === null) throw notUnderstood(file);
  const { version: _version, ...content } = upgraded as Record<string, unknown>;
  const parsed = caseWithEntriesSchema.safeParse(content);
  if (!parsed.success || parsed.data.id !== caseId) throw notUnderstood(file);
  return parsed.data;
}

function notUnderstood(file: string): AppError {
  return new AppError(
    'unsupported-format',
    'This case decrypted correctly but its content is not what this version of Alianza expects.',
    { file },
  );
}
