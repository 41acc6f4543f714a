/**
 * What saving a reflection sends: the form turned into the entry's content and checked by the
 * save request's own schema. Only what the request cannot express is added here: a half-done
 * rating (two of three elements) and a date that is not one, both found by `contentFromForm`.
 */
import { z } from 'zod';
import { saveEntryRequestSchema } from '../../../shared/journal/requests';
import { contentFromForm, type EntryForm, type FormProblem, type RatingForm } from './entryForm';

export interface EntryValues {
  entry: EntryForm;
  /** Why an entry from an earlier day is changed; sent only when asked for. */
  reason: string;
}

type SaveRequest = z.input<typeof saveEntryRequestSchema>;

/** Where each kind of problem is marked on the form's values. */
function pathOf(problem: FormProblem): string[] {
  return problem.kind === 'session-date' ? ['entry', 'sessionDate'] : ['entry', problem.who];
}

export function entrySaveSchema(caseId: string, entryId: string, askReason: boolean) {
  return z
    .object({ entry: z.custom<EntryForm>(() => true), reason: z.string() })
    .transform((values, context): SaveRequest => {
      const result = contentFromForm(values.entry);
      if (!result.ok) {
        for (const problem of result.problems)
          context.addIssue({ code: 'custom', path: pathOf(problem), message: problem.kind });
        return z.NEVER;
      }
      const reason = values.reason.trim();
      return { caseId, entryId, content: result.content, ...(askReason && reason !== '' ? { reason } : {}) };
    })
    .pipe(saveEntryRequestSchema);
}

const elements = ['bond', 'goals', 'tasks'] as const;

/** The problems the last try to save found, as the groups show them (what a rating still lacks). */
export function problemsOf(
  errors: { sessionDate?: unknown; practitioner?: unknown; caregiver?: unknown } | undefined,
  form: EntryForm,
): FormProblem[] {
  const missing = (rating: RatingForm) => elements.filter((element) => rating[element] === undefined);
  return [
    ...(errors?.sessionDate === undefined ? [] : [{ kind: 'session-date' as const }]),
    ...(['practitioner', 'caregiver'] as const).flatMap((who) =>
      errors?.[who] === undefined ? [] : [{ kind: 'partial-rating' as const, who, missing: missing(form[who]) }],
    ),
  ];
}
