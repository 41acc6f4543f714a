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
import type { Case } from '../../shared/domain/case';
import type { Entry } from '../../shared/domain/entry';
import { canonicalJson } from '../vault/canonicalJson';
import type { CaseRecord } from '../journal/caseDocument';
import { caseRecordKey, type CaseRecordKind } from './caseRecordKeys';
import type { HybridClock } from './hybridClock';
import { legacyDevice, revisionIdOf, revisionVersion, type Revision } from './revision';

/** The kinds a whole case record lists, each thing by its id; one missing from a later record was removed. */
const listedKinds = ['party', 'goal', 'goalScale', 'goalReview', 'attendance'] as const;

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
    const {
      parties,
      goals,
      phaseHistory,
      attendance = [],
      warningDecisions = [],
      goalScales = [],
      goalReviews = [],
      ...details
    } = journalCase;
    const wall = Date.parse(journalCase.updatedAt);
    put(caseRecordKey('details'), details, { wall, counter: 0 });
    const now = new Map<string, Set<string>>();
    const putList = <Item extends object>(
      kind: CaseRecordKind,
      items: readonly Item[],
      idOf: (item: Item) => string,
    ) => {
      const keys = new Set<string>();
      items.forEach((item, index) => {
        const key = caseRecordKey(kind, idOf(item));
        keys.add(key);
        // The counter keeps the list's order among things first saved at one moment.
        put(key, item, { wall, counter: index });
      });
      now.set(kind, keys);
    };
    putList('party', parties, (party) => party.id);
    putList('goal', goals, (goal) => goal.id);
    putList('goalScale', goalScales, (scale) => scale.goalId);
    putList('goalReview', goalReviews, (review) => review.id);
    putList('attendance', attendance, (record) => record.id);
    for (const decision of warningDecisions) {
      put(caseRecordKey('decision', decision.id), decision, { wall: Date.parse(decision.decidedAt), counter: 0 });
    }
    phaseHistory.forEach((change, index) => {
      // A phase change has no id of its own: its content is one, the same on every device.
      const id = createHash('sha256').update(canonicalJson(change)).digest('hex').slice(0, 32);
      put(caseRecordKey('phase', id), change, {
        wall: Date.parse(`${change.changedAt}T00:00:00.000Z`),
        counter: index,
      });
    });
    for (const kind of listedKinds) {
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

/** 1 to 2^52, from the SHA-256 of the revision's content: the same content, the same id. */
function sequenceOf(content: Omit<Revision, 'sequence'>): number {
  const digest = createHash('sha256').update(canonicalJson(content)).digest('hex');
  return Number.parseInt(digest.slice(0, 13), 16) || 1;
}
