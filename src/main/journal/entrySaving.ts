/**
 * Saving a reflection: a new one, or a revision of one. On the day it was written a reflection is
 * still being written, so edits replace it; from the next day on, every change keeps the earlier
 * version in its history (append-only), because the journal may reach a court.
 */
import { localDay } from '../../shared/domain/localDay';
import type { Entry, EntryContent } from '../../shared/domain/entry';
import { contentOf, reviseEntry } from '../../shared/domain/entryEditing';
import type { SaveEntryRequest } from '../../shared/journal/requestTypes';
import { canonicalJson } from '../vault/canonicalJson';

/** The entry after the save, and whether anything changed. */
export interface SavedEntry {
  entry: Entry;
  changed: boolean;
}

/** The entry as saved; `existing` is the entry with the request's id, if there is one. */
export function savedEntry(existing: Entry | undefined, request: SaveEntryRequest, now: Date): SavedEntry {
  const timestamp = now.toISOString();
  if (existing === undefined) {
    return {
      entry: { id: request.entryId, ...request.content, history: [], createdAt: timestamp, updatedAt: timestamp },
      changed: true,
    };
  }
  // Saving what is already there adds no revision, whatever the day.
  if (sameContent(contentOf(existing), request.content)) return { entry: existing, changed: false };
  if (isBeforeLocalDay(existing.createdAt, now)) {
    const edit = { editedAt: timestamp, ...(request.reason === undefined ? {} : { reason: request.reason }) };
    return { entry: reviseEntry(existing, request.content, edit), changed: true };
  }
  return {
    entry: {
      id: existing.id,
      ...request.content,
      history: existing.history,
      createdAt: existing.createdAt,
      updatedAt: timestamp,
    },
    changed: true,
  };
}

/** True when `timestamp` falls on an earlier calendar day than `now`, both in the local time zone. */
export function isBeforeLocalDay(timestamp: string, now: Date): boolean {
  return localDay(new Date(timestamp)) < localDay(now);
}

function sameContent(left: EntryContent, right: EntryContent): boolean {
  return canonicalJson(left) === canonicalJson(right);
}
