/**
 * The revisions a case log of the single-device layout stands for, so a vault from before sync
 * is read as one more writer, the legacy device, and nothing is copied (docs/sync.md,
 * Migration). Pure. A revision's sequence comes from its own content (the first 52 bits of the
 * SHA-256 of everything else in it), so two devices reading the same old file while apart make
 * the very same revisions, and the merge sees each once. Within one log each record of a thing
 * replaces the previous one, so the log's own edits are a chain; an old file edited differently
 * on two devices gives two heads, a conflict, never a loss. A log compacted on one device and not
 * on the other ends in heads that hold the same value (the case's `updatedAt` aside): alike, not
 * a conflict.
 */
import { createHash } from 'node:crypto';
import type { Case, PhaseChange } from '../../shared/domain/case';
import type { Entry } from '../../shared/domain/entry';
import type { Draft } from '../../shared/journal/requests';
import type { WarningDecision } from '../../shared/domain/warningDecision';
import { canonicalJson } from '../vault/canonicalJson';
import type { CaseRecord } from '../journal/caseDocument';
import { caseRecordKey, type CaseRecordKind } from './caseRecordKeys';
import { caseRecordValues, listedCaseKinds } from './caseRecordValues';
import type { HybridClock } from './hybridClock';
import { legacyDevice, revisionIdOf, revisionVersion, type Revision } from './revision';

/** The revisions of an old case log's records (a format-1 file is one snapshot record), in log order. */
export function legacyCaseRevisions(records: readonly CaseRecord[]): Revision[] {
  const revisions: Revision[] = [];
  const last = new Map<string, { id: string; text: string }>();
  /** The keys of each listed kind the log's latest whole record held. */
  let listed = new Map<string, Set<string>>();

  function put(key: string, value: unknown, clock: HybridClock): void {
    const previous = last.get(key);
    const text = canonicalJson(value);
    // A record of the whole case repeats what did not change: that is no new revision.
    if (previous?.text === text) return;
    const content: Omit<Revision, 'sequence'> = {
      version: revisionVersion,
      device: legacyDevice,
      key,
      replaces: previous ? [previous.id] : [],
      clock,
      value,
    };
    const revision: Revision = { ...content, sequence: sequenceOf(content) };
    last.set(key, { id: revisionIdOf(revision), text });
    revisions.push(revision);
  }

  function putCase(journalCase: Case): void {
    const wall = Date.parse(journalCase.updatedAt);
    const now = new Map<string, Set<string>>();
    for (const { kind, key, value, index } of caseRecordValues(journalCase)) {
      if ((listedCaseKinds as readonly string[]).includes(kind)) {
        const keys = now.get(kind) ?? new Set<string>();
        keys.add(key);
        now.set(kind, keys);
      }
      put(key, value, clockOf(kind, value, wall, index));
    }
    for (const kind of listedCaseKinds) {
      for (const key of listed.get(kind) ?? []) {
        if (!(now.get(kind)?.has(key) ?? false)) put(key, null, { wall, counter: 0 });
      }
    }
    listed = now;
  }

  function putEntry(entry: Entry, counter: number): void {
    put(caseRecordKey('entry', entry.id), entry, { wall: Date.parse(entry.updatedAt), counter });
  }

  for (const record of records) {
    switch (record.type) {
      case 'snapshot':
        putCase(record.case);
        record.entries.forEach(putEntry);
        break;
      case 'details':
        putCase(record.case);
        break;
      case 'entry':
        // The case's `updatedAt` it moves is the latest reflection's, which the merged case takes.
        putEntry(record.entry, 0);
        break;
    }
  }
  return revisions;
}

/**
 * A thing's clock in an old log: the case's `updatedAt`, the list's order kept in the counter
 * among things first saved at one moment; a decision's own moment, a phase change's own day.
 */
function clockOf(kind: CaseRecordKind, value: unknown, wall: number, index: number): HybridClock {
  if (kind === 'details') return { wall, counter: 0 };
  if (kind === 'decision') return { wall: Date.parse((value as WarningDecision).decidedAt), counter: 0 };
  if (kind === 'phase')
    return { wall: Date.parse(`${(value as PhaseChange).changedAt}T00:00:00.000Z`), counter: index };
  return { wall, counter: index };
}

/**
 * The revision an autosaved draft of the single-device layout stands for: one file, one draft,
 * so it replaces nothing; its clock is when it was saved.
 */
export function legacyDraftRevision(draft: Draft): Revision {
  const content: Omit<Revision, 'sequence'> = {
    version: revisionVersion,
    device: legacyDevice,
    key: `draft:${draft.draftId}`,
    replaces: [],
    clock: { wall: Date.parse(draft.savedAt) || 0, counter: 0 },
    value: draft,
  };
  return { ...content, sequence: sequenceOf(content) };
}

/** 1 to 2^52, from the SHA-256 of the revision's content: the same content, the same id. */
function sequenceOf(content: Omit<Revision, 'sequence'>): number {
  const digest = createHash('sha256').update(canonicalJson(content)).digest('hex');
  return Number.parseInt(digest.slice(0, 13), 16) || 1;
}
