/**
 * The reflection form's state: what the practitioner typed, including half-done parts (a rating
 * with only two of three elements), turned into an entry's content only on save. It is also
 * what drafts hold, so a draft restores the form exactly as it was left.
 */
import { z } from 'zod';
import { contentOf, newEntry } from '../../../shared/domain/entryEditing';
import type { EntryContent } from '../../../shared/domain/entry';
import { idSchema, isCalendarDate } from '../../../shared/domain/primitives';
import type { AllianceElement } from '../../../shared/domain/ratings';
import {
  type PromptAnswer,
  promptAnswerSchema,
  relationshipNoteSchema,
  strategyUseSchema,
  tensionSchema,
} from '../../../shared/domain/reflexivity';
import { sectionSchema } from '../../../shared/domain/section';
import {
  feelings,
  feelingVisibilities,
  phases,
  sessionModalities,
  type DefaultSectionKey,
  type Phase,
} from '../../../shared/domain/taxonomy';

const ratingValue = z.int().min(0).max(10).optional();
const ratingFormSchema = z.object({ bond: ratingValue, goals: ratingValue, tasks: ratingValue });

/** Whose statement it is, while the name may still be blank (it is left out on save). */
const statementByFormSchema = z.union([z.strictObject({ partyId: idSchema }), z.strictObject({ name: z.string() })]);

export const entryFormSchema = z.object({
  sessionDate: z.string(),
  phase: z.enum(phases),
  modality: z.enum(sessionModalities).optional(),
  attendees: z.array(idSchema),
  sections: z.array(sectionSchema.extend({ id: idSchema, statementBy: statementByFormSchema.optional() })),
  promptAnswers: z.array(promptAnswerSchema),
  tensions: z.array(tensionSchema.extend({ key: z.string() })),
  relationships: z.array(relationshipNoteSchema),
  strategies: z.array(strategyUseSchema.extend({ key: z.string() })),
  practitioner: ratingFormSchema,
  caregiver: ratingFormSchema.extend({ partyId: idSchema.optional() }),
  feelings: z.array(z.enum(feelings)),
  feelingsVisibility: z.enum(feelingVisibilities),
  feelingNote: z.string(),
  questions: z.array(z.object({ key: z.string(), text: z.string() })),
  supervisionOf: z.strictObject({ exportId: idSchema }).optional(),
});

export type EntryForm = z.infer<typeof entryFormSchema>;
export type SectionForm = EntryForm['sections'][number];
export type TensionForm = EntryForm['tensions'][number];
export type StrategyForm = EntryForm['strategies'][number];
export type RatingForm = EntryForm['practitioner'];
export type QuestionForm = EntryForm['questions'][number];

/** Makes the keys list items need; `crypto.randomUUID` in the app, a counter in tests. */
export type NewKey = () => string;

/** The form of a new reflection, with the domain's defaults (sections and their visibility). */
export function blankForm(options: {
  sessionDate: string;
  phase: Phase;
  sectionTitles: Record<DefaultSectionKey, string>;
  newKey: NewKey;
}): EntryForm {
  const entry = newEntry({
    id: 'new',
    sessionDate: options.sessionDate,
    phase: options.phase,
    sectionTitles: options.sectionTitles,
    now: new Date(0).toISOString(),
  });
  return formFromContent(contentOf(entry), options.newKey);
}

export function formFromContent(content: EntryContent, newKey: NewKey): EntryForm {
  const { practitioner, caregiver } = content.ratings;
  return {
    sessionDate: content.sessionDate,
    phase: content.phase,
    ...(content.modality === undefined ? {} : { modality: content.modality }),
    attendees: [...content.attendees],
    sections: content.sections.map((section) => ({ ...section, id: section.id ?? newKey() })),
    promptAnswers: content.promptAnswers.map((answer) => ({ ...answer })),
    tensions: content.tensions.map((tension) => ({ ...tension, key: newKey() })),
    relationships: content.relationships.map((note) => ({ ...note })),
    strategies: content.strategies.map((use) => ({ ...use, key: newKey() })),
    practitioner: practitioner === undefined ? {} : { ...practitioner },
    caregiver: caregiver === undefined ? {} : { ...caregiver },
    feelings: [...content.feelings],
    feelingsVisibility: content.feelingsVisibility,
    feelingNote: content.feelingNote ?? '',
    questions: content.supervisionQuestions.map((text) => ({ key: newKey(), text })),
    ...(content.supervisionOf === undefined ? {} : { supervisionOf: { ...content.supervisionOf } }),
  };
}

/** Something on the form that keeps it from being saved, with where to send the user. */
export type FormProblem =
  { kind: 'session-date' } | { kind: 'partial-rating'; who: 'practitioner' | 'caregiver'; missing: AllianceElement[] };

const elements: AllianceElement[] = ['bond', 'goals', 'tasks'];

export type ContentResult = { ok: true; content: EntryContent } | { ok: false; problems: FormProblem[] };

/**
 * The entry content the form stands for. Blank prompt answers and questions are left out;
 * a rating is kept only when all three elements are rated.
 */
export function contentFromForm(form: EntryForm): ContentResult {
  const problems: FormProblem[] = [];
  if (!isCalendarDate(form.sessionDate)) problems.push({ kind: 'session-date' });
  const practitioner = completeRating(form.practitioner);
  const caregiver = completeRating(form.caregiver);
  if (practitioner.missing.length > 0 && practitioner.missing.length < 3)
    problems.push({ kind: 'partial-rating', who: 'practitioner', missing: practitioner.missing });
  if (caregiver.missing.length > 0 && caregiver.missing.length < 3)
    problems.push({ kind: 'partial-rating', who: 'caregiver', missing: caregiver.missing });
  if (problems.length > 0) return { ok: false, problems };

  const ratings: EntryContent['ratings'] = {};
  if (practitioner.rating !== undefined) ratings.practitioner = practitioner.rating;
  if (caregiver.rating !== undefined)
    ratings.caregiver = {
      ...caregiver.rating,
      ...(form.caregiver.partyId === undefined ? {} : { partyId: form.caregiver.partyId }),
    };
  const feelingNote = form.feelingNote.trim() === '' ? undefined : form.feelingNote;
  return {
    ok: true,
    content: {
      sessionDate: form.sessionDate,
      phase: form.phase,
      ...(form.modality === undefined ? {} : { modality: form.modality }),
      attendees: [...form.attendees],
      sections: form.sections.map(({ statementBy, ...section }) =>
        statementBy === undefined || ('name' in statementBy && statementBy.name.trim() === '')
          ? section
          : { ...section, statementBy: 'name' in statementBy ? { name: statementBy.name.trim() } : statementBy },
      ),
      promptAnswers: form.promptAnswers.flatMap((answer): PromptAnswer[] => {
        if (answer.skipped === true) return [{ promptId: answer.promptId, skipped: true }];
        const text = answer.answer ?? '';
        return text.trim() === '' ? [] : [{ promptId: answer.promptId, answer: text }];
      }),
      tensions: form.tensions.map(({ key: _key, ...tension }) => tension),
      relationships: form.relationships.map((note) => ({ ...note })),
      strategies: form.strategies.map(({ key: _key, ...use }) => use),
      ratings,
      feelings: [...form.feelings],
      feelingsVisibility: form.feelingsVisibility,
      ...(feelingNote === undefined ? {} : { feelingNote }),
      supervisionQuestions: form.questions.map((question) => question.text).filter((text) => text.trim() !== ''),
      ...(form.supervisionOf === undefined ? {} : { supervisionOf: { ...form.supervisionOf } }),
    },
  };
}

function completeRating(rating: RatingForm): { rating?: Record<AllianceElement, number>; missing: AllianceElement[] } {
  const missing = elements.filter((element) => rating[element] === undefined);
  if (missing.length > 0) return { missing };
  return { rating: { bond: rating.bond ?? 0, goals: rating.goals ?? 0, tasks: rating.tasks ?? 0 }, missing };
}

/** Whether two forms hold the same work (list keys aside, they are not the user's). */
export function sameWork(a: EntryForm, b: EntryForm): boolean {
  return workFingerprint(a) === workFingerprint(b);
}

/** The form's content as text, without list keys: equal fingerprints mean nothing to save. */
export function workFingerprint(form: EntryForm): string {
  return JSON.stringify({
    ...form,
    tensions: form.tensions.map(({ key: _key, ...tension }) => tension),
    strategies: form.strategies.map(({ key: _key, ...use }) => use),
    questions: form.questions.map((question) => question.text),
  });
}

/** Marks what a draft holds, so a later form shape can tell its own drafts apart. */
const draftFormat = 'alianza-entry-form-1';

export function draftContentFromForm(form: EntryForm): Record<string, unknown> {
  return { format: draftFormat, form };
}

/** The form a draft holds, or undefined when the draft is not one this version can read. */
export function formFromDraftContent(content: Record<string, unknown>): EntryForm | undefined {
  if (content['format'] !== draftFormat) return undefined;
  const parsed = entryFormSchema.safeParse(content['form']);
  return parsed.success ? parsed.data : undefined;
}

/** The first words of a form, to recognise a draft by. */
export function formOpening(form: EntryForm): string {
  return form.sections.map((section) => section.text.trim()).find((text) => text !== '') ?? '';
}
