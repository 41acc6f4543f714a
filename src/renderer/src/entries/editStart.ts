/** How an editing session begins: a new reflection, a revision, or a draft taken up again. */
import type { CaseWithEntries } from '../../../shared/domain/case';
import type { Entry } from '../../../shared/domain/entry';
import { contentOf } from '../../../shared/domain/entryEditing';
import type { DefaultSectionKey } from '../../../shared/domain/taxonomy';
import type { Draft } from '../../../shared/journal/requests';
import { localDate } from './dates';
import { blankForm, formFromContent, formFromDraftContent, workFingerprint, type EntryForm } from './entryForm';

export interface EditStart {
  entryId: string;
  draftId: string;
  form: EntryForm;
  /** The form as saved, or blank: what counts as "no change". */
  baseline: EntryForm;
  /** The entry being revised. */
  entry?: Entry;
  /** The draft taken up, as stored. */
  stored?: { fingerprint: string; savedAt: string };
}

const newKey = () => crypto.randomUUID();

function newForm(journalCase: CaseWithEntries, titles: Record<DefaultSectionKey, string>, today: string): EntryForm {
  return blankForm({ sessionDate: today, phase: journalCase.phase, sectionTitles: titles, newKey });
}

/** A new reflection: today, in the case's current phase. */
export function newReflection(
  journalCase: CaseWithEntries,
  titles: Record<DefaultSectionKey, string>,
  today = localDate(),
): EditStart {
  const form = newForm(journalCase, titles, today);
  return { entryId: crypto.randomUUID(), draftId: crypto.randomUUID(), form, baseline: form };
}

/** The id of the first section of a reflection that records a supervision session. */
export const supervisorSectionId = 'supervisor-said';

/**
 * A new reflection recording what the supervisor said about a brief: linked to the brief's export
 * record, opening with a private section for the supervisor's words (the practitioner may share it).
 */
export function supervisionReflection(
  journalCase: CaseWithEntries,
  titles: Record<DefaultSectionKey, string>,
  supervision: { exportId: string; sectionTitle: string },
  today = localDate(),
): EditStart {
  const blank = newForm(journalCase, titles, today);
  const form: EntryForm = {
    ...blank,
    supervisionOf: { exportId: supervision.exportId },
    sections: [
      { id: supervisorSectionId, title: supervision.sectionTitle, visibility: 'private', text: '' },
      ...blank.sections,
    ],
  };
  return { entryId: crypto.randomUUID(), draftId: crypto.randomUUID(), form, baseline: form };
}

/** Revising a saved entry. */
export function revision(entry: Entry): EditStart {
  const form = formFromContent(contentOf(entry), newKey);
  return { entryId: entry.id, draftId: crypto.randomUUID(), form, baseline: form, entry };
}

/** Taking a draft up again; undefined when this version cannot read it. */
export function fromDraft(
  draft: Draft,
  journalCase: CaseWithEntries,
  titles: Record<DefaultSectionKey, string>,
): EditStart | undefined {
  const form = formFromDraftContent(draft.content);
  if (form === undefined) return undefined;
  const entry = journalCase.entries.find((candidate) => candidate.id === draft.entryId);
  const baseline =
    entry === undefined ? newForm(journalCase, titles, form.sessionDate) : formFromContent(contentOf(entry), newKey);
  return {
    entryId: draft.entryId,
    draftId: draft.draftId,
    form,
    baseline,
    ...(entry === undefined ? {} : { entry }),
    stored: { fingerprint: workFingerprint(form), savedAt: draft.savedAt },
  };
}
