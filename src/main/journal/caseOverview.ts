/**
 * The case screen's view of a case (`CaseOverview`) and the timeline's excerpts, built in main
 * so section text, earlier versions and private notes never cross to a screen that does not
 * show them.
 */
import type { CaseWithEntries } from '../../shared/domain/case';
import type { Entry } from '../../shared/domain/entry';
import type { SectionVisibility } from '../../shared/domain/taxonomy';
import {
  timelineExcerptLength,
  type CaseOverview,
  type EntryExcerpts,
  type EntryOverview,
} from '../../shared/journal/caseOverview';
import { entryExcerpt } from '../../shared/journal/excerpt';
import { partiesInUse } from '../../shared/journal/partiesInUse';

export function caseOverview(journalCase: CaseWithEntries): CaseOverview {
  const { entries, ...rest } = journalCase;
  return { ...rest, entries: entries.map(entryOverview), partiesInUse: [...partiesInUse(journalCase)] };
}

function entryOverview(entry: Entry): EntryOverview {
  const overview: EntryOverview = {
    id: entry.id,
    sessionDate: entry.sessionDate,
    phase: entry.phase,
    createdAt: entry.createdAt,
    visibilities: [...new Set<SectionVisibility>(entry.sections.map((section) => section.visibility))],
    reportable: entry.sections.some((section) => section.visibility === 'reportable' && section.text.trim() !== ''),
    tensions: entry.tensions.map((tension) => ({
      type: tension.type,
      rupture: tension.rupture,
      parties: tension.parties,
      ...(tension.relationship === undefined ? {} : { relationship: tension.relationship }),
    })),
    relationships: entry.relationships.map(({ relationship, quality }) => ({ relationship, quality })),
    ratings: entry.ratings,
  };
  if (entry.modality !== undefined) overview.modality = entry.modality;
  if (entry.supervisionOf !== undefined) overview.supervisionOf = entry.supervisionOf;
  return overview;
}

/** The opening words of the entries asked for; an id the case does not have is left out. */
export function entryExcerpts(journalCase: CaseWithEntries, entryIds: readonly string[]): EntryExcerpts {
  const wanted = new Set(entryIds);
  const excerpts: EntryExcerpts = {};
  for (const entry of journalCase.entries)
    if (wanted.has(entry.id)) excerpts[entry.id] = entryExcerpt(entry, timelineExcerptLength);
  return excerpts;
}
