/** What became of an agreed action, as typed, checked by `updateAgreedAction`'s request schema. */
import { z } from 'zod';
import type { ActionStatus } from '../../../shared/domain/supervision';
import { updateAgreedActionRequestSchema } from '../../../shared/journal/supervisionRequests';
import type { FoundIssue } from '../ui/form/problemResolver';
import type { SupervisionProblem } from './supervisionFormSchema';

export interface ActionUpdateValues {
  status: ActionStatus;
  note: string;
  on: string;
}

export function actionUpdateSchema(caseId: string, actionId: string, heldOn: string, today: string) {
  return z
    .object({ status: z.custom<ActionStatus>(() => true), note: z.string(), on: z.string() })
    .transform((values) => ({
      caseId,
      actionId,
      status: values.status,
      ...(values.note.trim() === '' ? {} : { note: values.note }),
      on: values.on,
    }))
    .pipe(updateAgreedActionRequestSchema)
    .superRefine((request, context) => {
      if (request.on > today)
        context.addIssue({ code: 'custom', path: ['on'], message: 'date-after-today' satisfies SupervisionProblem });
      // Not before the supervision that agreed it: the same rule main applies.
      else if (request.on < heldOn)
        context.addIssue({ code: 'custom', path: ['on'], message: 'date-invalid' satisfies SupervisionProblem });
    });
}

export function actionUpdateProblemOf({ path, value, message }: FoundIssue): SupervisionProblem {
  if (message === 'date-after-today' || message === 'date-invalid') return message;
  if (path === 'on') return value === '' ? 'date-missing' : 'date-invalid';
  if (path === 'note') return 'text-too-long';
  return 'field-invalid';
}
