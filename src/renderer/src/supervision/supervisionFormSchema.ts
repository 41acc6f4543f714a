/**
 * The supervision form as typed, turned into `recordSupervision`'s request and checked by its
 * schema; only what the request cannot know (today) is added here. An action row without words is
 * a problem to fix (write it or remove it), as a person without a name is in the case forms.
 */
import { z } from 'zod';
import type { SupervisionKind } from '../../../shared/domain/supervision';
import type { SectionVisibility } from '../../../shared/domain/taxonomy';
import { recordSupervisionRequestSchema, type ReturnedBrief } from '../../../shared/journal/supervisionRequests';
import type { FoundIssue } from '../ui/form/problemResolver';

export interface ActionDraft {
  key: string;
  what: string;
  due: string;
}

export interface SupervisionValues {
  heldOn: string;
  supervisor: string;
  kind: SupervisionKind;
  briefs: string[];
  discussed: string;
  remarks: string;
  visibility: SectionVisibility;
  actions: ActionDraft[];
  /** Notes read from a brief sent back, kept as the supervisor wrote them. */
  returned: ReturnedBrief | null;
}

export type SupervisionProblem =
  | 'supervisor-missing'
  | 'action-missing'
  | 'date-missing'
  | 'date-invalid'
  | 'date-after-today'
  | 'text-too-long'
  | 'field-invalid';

const typed = <T>() => z.custom<T>(() => true);
const optionalText = (text: string) => (text.trim() === '' ? undefined : text);

export function supervisionSchema(caseId: string, today: string) {
  return z
    .object({
      heldOn: z.string(),
      supervisor: z.string(),
      kind: typed<SupervisionKind>(),
      briefs: z.array(z.string()),
      discussed: z.string(),
      remarks: z.string(),
      visibility: typed<SectionVisibility>(),
      actions: z.array(typed<ActionDraft>()),
      returned: typed<ReturnedBrief | null>(),
    })
    .transform((values) => {
      const discussed = optionalText(values.discussed);
      const remarks = optionalText(values.remarks);
      return {
        caseId,
        heldOn: values.heldOn,
        supervisor: values.supervisor.trim(),
        kind: values.kind,
        briefs: values.briefs,
        ...(discussed === undefined ? {} : { discussed }),
        ...(remarks === undefined ? {} : { remarks }),
        visibility: values.visibility,
        actions: values.actions.map((action) => ({
          what: action.what.trim(),
          ...(action.due === '' ? {} : { due: action.due }),
        })),
        ...(values.returned === null
          ? {}
          : {
              returned: {
                exportId: values.returned.exportId,
                reference: values.returned.reference,
                notes: values.returned.notes,
                comments: values.returned.comments,
              },
            }),
      };
    })
    .pipe(recordSupervisionRequestSchema)
    .superRefine((request, context) => {
      if (request.heldOn > today)
        context.addIssue({
          code: 'custom',
          path: ['heldOn'],
          message: 'date-after-today' satisfies SupervisionProblem,
        });
    });
}

export function supervisionProblemOf({ path, value, message }: FoundIssue): SupervisionProblem {
  if (message === 'date-after-today') return message;
  const [field = '', , key] = path.split('.');
  const blank = typeof value !== 'string' || value.trim() === '';
  if (field === 'supervisor') return blank ? 'supervisor-missing' : 'text-too-long';
  if (field === 'heldOn') return value === '' ? 'date-missing' : 'date-invalid';
  if (field === 'actions') return key === 'due' ? 'date-invalid' : blank ? 'action-missing' : 'text-too-long';
  if (field === 'discussed' || field === 'remarks') return 'text-too-long';
  return 'field-invalid';
}
