/**
 * The brief prepared last, kept for the next request that reads the same: the review shows a
 * brief and the export that follows writes that brief, so it is built once per export. It is
 * reused only when the case, the export log, the day and the choices are equal to what it was
 * built from, compared as JSON, so a change anywhere (an entry saved, a word marked safe, an
 * export logged) builds a new one. It is held per open journal and goes with it on lock.
 */
import { briefRequestShape, type BriefRequest } from '../../../shared/exports/requests';
import type { JournalStore } from '../../journal/journalStore';
import { buildPreparedBrief, readBriefInputs, type BriefSources, type PreparedBrief } from './briefPipeline';

interface Kept {
  /** What the brief was built from, as JSON: the choices, the export log and the day, then the case. */
  key: string;
  caseJson: string;
  lexicon: unknown;
  brief: PreparedBrief;
}

/** `prepareBrief` that hands back the last brief again when nothing it was built from has changed. */
export function createBriefPreparer(): (sources: BriefSources, request: BriefRequest) => Promise<PreparedBrief> {
  const kept = new WeakMap<JournalStore, Kept>();
  return async (sources, request) => {
    const choices = briefChoices(request);
    const inputs = await readBriefInputs(sources, choices);
    const key = JSON.stringify([choices, inputs.record, inputs.producedOn]);
    const caseJson = JSON.stringify(inputs.journalCase);
    const same = keptBrief(kept.get(sources.store), key, caseJson, inputs.lexicon);
    if (same !== undefined) return same;
    // The old brief goes before the new one is built, so the two are never held at once.
    kept.delete(sources.store);
    const brief = buildPreparedBrief(inputs, choices);
    kept.set(sources.store, { key, caseJson, lexicon: inputs.lexicon, brief });
    return brief;
  };
}

/** The kept brief when it was built from the same, else undefined. */
function keptBrief(last: Kept | undefined, key: string, caseJson: string, lexicon: unknown): PreparedBrief | undefined {
  return last !== undefined && last.key === key && last.caseJson === caseJson && last.lexicon === lexicon
    ? last.brief
    : undefined;
}

/** The fields of a brief request that choose what the brief holds (an export's format and recipient do not). */
function briefChoices(request: BriefRequest): BriefRequest {
  const fields = Object.keys(briefRequestShape) as (keyof BriefRequest)[];
  return Object.fromEntries(
    fields.filter((field) => request[field] !== undefined).map((field) => [field, request[field]]),
  ) as unknown as BriefRequest;
}
