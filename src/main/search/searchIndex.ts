/**
 * The full-text index of the journal, in memory only: one document per reflection and per case's
 * part of a supervision, with one field per kind of text and visibility, so a visibility filter searches only the text
 * of that visibility. The original texts stay here too, deflated, for excerpts; nothing is ever
 * written. Documents have numeric ids, and the words and postings are packed (`compactIndex.ts`).
 */
import type { Phase, RuptureKind, SectionVisibility, TensionType } from '../../shared/domain/taxonomy';
import { sectionVisibilities } from '../../shared/domain/taxonomy';
import type { EntryText } from '../../shared/journal/entryTexts';
import type { SearchHit, SearchRecord, SearchRequest, SearchResponse } from '../../shared/journal/requestTypes';
import { CompactIndex, type CompactResult, type CompactSearchOptions } from './compactIndex';
import { countMatches, excerptAround } from './excerpt';
import type { EntryDocument } from './entryDocument';
import type { SupervisionDocument } from './supervisionDocument';
import { packTexts, unpackTexts, type PackedTexts } from './packedTexts';
import { foldText, foldWithOrigins, indexedTerms, isIndexedTerm, tokenize } from './textFolding';

/** Hits returned when the request gives no limit. */
export const defaultSearchLimit = 50;

const fieldGroups = ['title', 'text', 'prompt', 'question', 'feeling', 'note'] as const;
type FieldGroup = (typeof fieldGroups)[number];

/** Titles name what a section is about; a question to the supervisor is a deliberate summary. */
const groupBoosts: Record<FieldGroup, number> = { title: 2, text: 1, prompt: 1, question: 1.5, feeling: 1, note: 1 };

const fieldName = (group: FieldGroup, visibility: SectionVisibility) => `${group}:${visibility}`;
const allFields = fieldGroups.flatMap((group) => sectionVisibilities.map((visibility) => fieldName(group, visibility)));
const fieldNumbers = new Map(allFields.map((field, number) => [field, number]));
/** The fields searched, by number, with their boost: all of them, or those of one visibility. */
function searchedFields(visibility: SectionVisibility | undefined): Map<number, number> {
  const searched = new Map<number, number>();
  for (const group of fieldGroups)
    for (const each of sectionVisibilities)
      if (visibility === undefined || each === visibility)
        searched.set(fieldNumbers.get(fieldName(group, each)) as number, groupBoosts[group]);
  return searched;
}

function groupOf(text: EntryText): FieldGroup {
  switch (text.kind) {
    case 'section':
    case 'discussed':
    case 'remarks':
    case 'returned':
      return 'text';
    case 'tension':
    case 'strategy':
    case 'relationship':
    case 'action':
    case 'update':
      return 'note';
    default:
      return text.kind;
  }
}

/**
 * What the index keeps of a reflection or a supervision record besides its terms: the filters and
 * the packed texts. A supervision record has no phase, tensions or ruptures, so those filters leave
 * it out; having no phase is also what tells it from a reflection (no field more per reflection).
 */
interface IndexedEntry {
  caseId: string;
  /** The reflection's id, or the supervision part's. */
  entryId: string;
  /** The session's date, or the supervision's. */
  sessionDate: string;
  /** Undefined for a supervision record. */
  phase: Phase | undefined;
  tensionTypes: readonly TensionType[];
  ruptures: readonly RuptureKind[];
  /** The visibilities its texts have, so a filter on visibility need not unpack them. */
  visibilities: readonly SectionVisibility[];
  texts: PackedTexts;
}

export interface SearchIndex {
  /** Indexes a case's reflections and supervision records, replacing whatever was indexed for it. */
  putCase(
    caseId: string,
    alias: string,
    entries: readonly EntryDocument[],
    supervisions?: readonly SupervisionDocument[],
  ): void;
  /** Adds or replaces one reflection. */
  putEntry(caseId: string, entry: EntryDocument): void;
  /** Replaces a case's supervision records (after one was recorded or an action updated). */
  putSupervisions(caseId: string, supervisions: readonly SupervisionDocument[]): void;
  /** A new case or a new alias; its reflections are unchanged. */
  setAlias(caseId: string, alias: string): void;
  search(request: SearchRequest): SearchResponse;
  /** Reflections indexed (supervision records not counted). */
  readonly entryCount: number;
  readonly caseCount: number;
}

/** An empty index; fill it with putCase. */
export function createSearchIndex(): SearchIndex {
  const index = new CompactIndex(allFields.length);
  const entries = new Map<number, IndexedEntry>();
  /** Per case, the document id of each reflection. */
  const entriesOfCase = new Map<string, Map<string, number>>();
  /** Per case, the document ids of its supervision records, always replaced together. */
  const supervisionsOfCase = new Map<string, number[]>();
  const aliases = new Map<string, string>();
  let nextId = 0;
  let reflectionCount = 0;

  /** A reflection's indexed words per field number; function words never count, not even in field lengths. */
  function documentFor(texts: readonly EntryText[]): Map<number, string[]> {
    const parts = new Map<string, string[]>();
    const add = (field: string, text: string) => {
      const list = parts.get(field);
      if (list === undefined) parts.set(field, [text]);
      else list.push(text);
    };
    for (const text of texts) {
      if (text.title !== undefined && text.title.trim() !== '') add(fieldName('title', text.visibility), text.title);
      add(fieldName(groupOf(text), text.visibility), text.text);
    }
    const document = new Map<number, string[]>();
    // Folding once per field is much faster than folding each term.
    for (const [field, list] of parts)
      document.set(fieldNumbers.get(field) as number, indexedTerms(foldText(list.join('\n'))));
    return document;
  }

  function removeEntry(id: number): void {
    if (entries.get(id)?.phase !== undefined) reflectionCount--;
    index.remove(id);
    entries.delete(id);
  }

  function putEntry(caseId: string, entry: EntryDocument): void {
    // Everything that can fail before anything changes: a bad document leaves the index as it was.
    const id = nextId++;
    const indexed: IndexedEntry = {
      caseId,
      entryId: entry.entryId,
      sessionDate: entry.sessionDate,
      phase: entry.phase,
      tensionTypes: entry.tensionTypes,
      ruptures: entry.ruptures,
      visibilities: [...new Set(entry.texts.map((text) => text.visibility))],
      texts: packTexts(entry.texts),
    };
    const document = documentFor(entry.texts);
    let ids = entriesOfCase.get(caseId);
    if (ids === undefined) entriesOfCase.set(caseId, (ids = new Map()));
    const previous = ids.get(entry.entryId);
    if (previous !== undefined) removeEntry(previous);
    ids.set(entry.entryId, id);
    entries.set(id, indexed);
    reflectionCount++;
    index.add(id, document);
  }

  function putSupervisions(caseId: string, supervisions: readonly SupervisionDocument[]): void {
    // Made first, so a bad record leaves the case's records as they were.
    const made = supervisions.map((part) => ({
      indexed: {
        caseId,
        entryId: part.partId,
        sessionDate: part.heldOn,
        phase: undefined,
        tensionTypes: [],
        ruptures: [],
        visibilities: [...new Set(part.texts.map((text) => text.visibility))],
        texts: packTexts(part.texts),
      } satisfies IndexedEntry,
      document: documentFor(part.texts),
    }));
    for (const id of supervisionsOfCase.get(caseId) ?? []) removeEntry(id);
    const ids: number[] = [];
    for (const { indexed, document } of made) {
      const id = nextId++;
      ids.push(id);
      entries.set(id, indexed);
      index.add(id, document);
    }
    if (ids.length === 0) supervisionsOfCase.delete(caseId);
    else supervisionsOfCase.set(caseId, ids);
  }

  function putCase(
    caseId: string,
    alias: string,
    caseEntries: readonly EntryDocument[],
    supervisions: readonly SupervisionDocument[] = [],
  ): void {
    aliases.set(caseId, alias);
    for (const id of entriesOfCase.get(caseId)?.values() ?? []) removeEntry(id);
    entriesOfCase.delete(caseId);
    for (const entry of caseEntries) putEntry(caseId, entry);
    putSupervisions(caseId, supervisions);
  }

  function search(request: SearchRequest): SearchResponse {
    const limit = request.limit ?? defaultSearchLimit;
    const accepts = (entry: IndexedEntry) =>
      (request.caseId === undefined || entry.caseId === request.caseId) &&
      (request.phase === undefined || entry.phase === request.phase) &&
      (request.tensionType === undefined || entry.tensionTypes.includes(request.tensionType)) &&
      (request.rupture === undefined || entry.ruptures.includes(request.rupture)) &&
      (request.visibility === undefined || entry.visibilities.includes(request.visibility));
    const terms = queryTerms(request.query);

    if (terms.length === 0) {
      // No words: with a filter, list what it selects, newest first; without, nothing.
      if (!hasFilter(request)) return { hits: [], total: 0 };
      const selected = [...entries.values()].filter(accepts);
      selected.sort((a, b) => b.sessionDate.localeCompare(a.sessionDate));
      return {
        hits: selected.slice(0, limit).map((entry) => hitFor(entry, [], 0, request.visibility)),
        total: selected.length,
      };
    }

    const options: CompactSearchOptions = {
      fields: searchedFields(request.visibility),
      // From three letters a word is also a prefix ("frustr" finds "frustración").
      prefix: (term) => term.length >= 3,
      limit,
    };
    if (hasFilter({ ...request, visibility: undefined })) {
      // Leaving the rest out while scoring, rather than filtering afterwards, saves most of the work.
      // (Visibility needs no check here: only the fields of that visibility are searched.)
      const accepted = new Set<number>();
      for (const [id, entry] of entries) if (accepts(entry)) accepted.add(id);
      options.boostDocument = (id) => (accepted.has(id) ? 1 : 0);
    }
    let answer = index.search(terms, options);
    if (answer.total === 0) {
      // Light typo tolerance, only when the words as typed find nothing: one edit from five
      // letters, two from eight. Always on, it would also answer "madre" with "padre".
      const edits = (term: string) => (term.length >= 5 ? Math.min(2, Math.round(term.length * 0.2)) : 0);
      answer = index.search(terms, { ...options, edits });
    }
    return {
      hits: answer.results.map((result) => hitForResult(result, request.visibility)),
      total: answer.total,
    };
  }

  function hitForResult(result: CompactResult, visibility: SectionVisibility | undefined): SearchHit {
    const entry = entries.get(result.document);
    if (entry === undefined) throw new Error('The search index returned a reflection it does not hold.');
    return hitFor(entry, result.terms, result.score, visibility);
  }

  function hitFor(
    entry: IndexedEntry,
    terms: readonly string[],
    score: number,
    visibility: SectionVisibility | undefined,
  ): SearchHit {
    const candidates = unpackTexts(entry.texts).filter(
      (text) => visibility === undefined || text.visibility === visibility,
    );
    let best: EntryText | undefined;
    let bestCount = -1;
    for (const text of candidates) {
      const count =
        countMatches(foldText(text.text), terms) +
        (text.title === undefined ? 0 : countMatches(foldText(text.title), terms));
      if (count > bestCount) [best, bestCount] = [text, count];
    }
    const excerpt =
      best === undefined ? '' : best.text.trim() === '' ? (best.title ?? '') : excerptOf(best.text, terms);
    return {
      record: recordOf(entry),
      caseId: entry.caseId,
      caseAlias: aliases.get(entry.caseId) ?? '',
      entryId: entry.entryId,
      sessionDate: entry.sessionDate,
      ...(entry.phase === undefined ? {} : { phase: entry.phase }),
      field: best?.field ?? 'section',
      visibility: best?.visibility ?? visibility ?? entry.visibilities[0] ?? 'private',
      excerpt,
      score,
    };
  }

  return {
    putCase,
    putEntry,
    putSupervisions,
    setAlias: (caseId, alias) => void aliases.set(caseId, alias),
    search,
    get entryCount() {
      return reflectionCount;
    },
    get caseCount() {
      return aliases.size;
    },
  };
}

function recordOf(entry: IndexedEntry): SearchRecord {
  return entry.phase === undefined ? 'supervision' : 'reflection';
}

/** Whether the request narrows the search by anything besides its words. */
function hasFilter(request: SearchRequest): boolean {
  const { caseId, phase, tensionType, rupture, visibility } = request;
  return [caseId, phase, tensionType, rupture, visibility].some((value) => value !== undefined);
}

function excerptOf(text: string, terms: readonly string[]): string {
  return excerptAround(text, terms, foldWithOrigins(text));
}

/**
 * The folded words of a query, without function words unless there is nothing else: "la madre"
 * searches "madre", while "para" alone is still looked for.
 */
export function queryTerms(query: string): string[] {
  const words = tokenize(foldText(query));
  const meaningful = words.filter(isIndexedTerm);
  return meaningful.length > 0 ? meaningful : words;
}
