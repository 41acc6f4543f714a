/** Creating a reflection with the defaults the practitioner expects, and revising it without losing the past. */
import { defaultSections, type DefaultSectionKey, type Phase, type SessionModality } from './taxonomy';
import { entryContentShape, type Entry, type EntryContent } from './entry';

export interface NewEntryOptions {
  id: string;
  sessionDate: string;
  phase: Phase;
  modality?: SessionModality;
  attendees?: string[];
  /** The titles of the default sections in the practitioner's language. */
  sectionTitles: Record<DefaultSectionKey, string>;
  /** The creation timestamp (ISO). */
  now: string;
}

/**
 * A blank reflection: "What happened" visible to supervision, "My reflection" private, feelings
 * private, nothing else filled in.
 */
export function newEntry(options: NewEntryOptions): Entry {
  const { id, sessionDate, phase, modality, attendees = [], sectionTitles, now } = options;
  return {
    id,
    sessionDate,
    phase,
    ...(modality === undefined ? {} : { modality }),
    attendees,
    sections: defaultSections.map((section) => ({
      id: section.key,
      title: sectionTitles[section.key],
      visibility: section.visibility,
      text: '',
    })),
    promptAnswers: [],
    tensions: [],
    relationships: [],
    strategies: [],
    ratings: {},
    feelings: [],
    feelingsVisibility: 'private',
    supervisionQuestions: [],
    history: [],
    createdAt: now,
    updatedAt: now,
  };
}

const contentKeys = Object.keys(entryContentShape) as (keyof EntryContent)[];

/** The revisable part of an entry, as a revision keeps it. */
export function contentOf(entry: Entry): EntryContent {
  const content: Partial<Record<keyof EntryContent, unknown>> = {};
  for (const key of contentKeys) if (entry[key] !== undefined) content[key] = entry[key];
  return content as EntryContent;
}

/** The entry with new content; the content it had is appended to its history. */
export function reviseEntry(entry: Entry, content: EntryContent, edit: { editedAt: string; reason?: string }): Entry {
  const revision = {
    editedAt: edit.editedAt,
    ...(edit.reason === undefined ? {} : { reason: edit.reason }),
    previous: contentOf(entry),
  };
  return {
    id: entry.id,
    ...content,
    history: [...entry.history, revision],
    createdAt: entry.createdAt,
    updatedAt: edit.editedAt,
  };
}
