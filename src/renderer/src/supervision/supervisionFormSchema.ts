/**
 * The supervision form as typed — one meeting, one part per case it touched — turned into
 * `recordSupervisionMeeting`'s request and checked by its schema; only what the request cannot
 * know (today) is added here. An action row without words is a problem to fix (write it or
 * remove it), as a person without a name is in the case forms.
 */
import { z } from 'zod';
import type { SupervisionKind } from '../../../shared/domain/supervision';
import type { SectionVisibility } from '../../../shared/domain/taxonomy';
import { recordSupervisionMeetingRequestSchema, type ReturnedBrief } from '../../../shared/journal/supervisionRequests';
import type { FoundIssue } from '../ui/form/problemResolver';

export interface ActionDraft {
  key: string;
  what: string;
  due: string;
}

/** One case's part: what was discussed of it, the remarks, the actions agreed for it. */
export interface PartDraft {
  caseId: string;
  briefs: string[];
  discussed: string;
  remarks: string;
  visibility: SectionVisibility;
  actions: ActionDraft[];
  /** Notes read from a brief sent back, kept as the supervisor wrote them. */
  returned: ReturnedBrief | null;
}

export interface SupervisionValues {
  heldOn: string;
  supervisor: string;
  kind: SupervisionKind;
  parts: PartDraft[];
}

export type SupervisionProblem =
  | 'supervisor-missing'
  | 'cases-missing'
  | 'action-missing'
  | 'date-missing'
  | 'date-invalid'
  | 'date-after-today'
  | 'text-too-long'
  | 'field-invalid';

/** A case's part as it starts: nothing written, private, with the briefs given ticked. */
export function newPart(caseId: string, briefs: readonly string[] = []): PartDraft {
  return {
    caseId,
    briefs: [...briefs],
    discussed: '',
    remarks: '',
    visibility: 'private',
    actions: [],
    returned: null,
  };
}

const typed = <T>() => z.custom<T>(() => true);
const optionalText = (text: string) => (text.trim() === '' ? undefined : text);

function partRequest(part: PartDraft) {
  const discussed = optionalText(part.discussed);
  const remarks = optionalText(part.remarks);
  return {
    caseId: part.caseId,
    briefs: part.briefs,
    ...(discussed === undefined ? {} : { discussed }),
    ...(remarks === undefined ? {} : { remarks }),
    visibility: part.visibility,
    actions: part.actions.map((action) => ({
      what: action.what.trim(),
      ...(action.due === '' ? {} : { due: action.due }),
    })),
    ...(part.returned === null
      ? {}
      : {
          returned: {
            exportId: part.returned.exportId,
            reference: part.returned.reference,
            notes: part.returned.notes,
            comments: part.returned.comments,
          },
        }),
  };
}

export function supervisionSchema(today: string) {
  return z
    .object({
      heldOn: z.string(),
      supervisor: z.string(),
      kind: typed<SupervisionKind>(),
      parts: z.array(typed<PartDraft>()),
    })
    .transform((values) => ({
      heldOn: values.heldOn,
      supervisor: values.supervisor.trim(),
      kind: values.kind,
      parts: values.parts.map(partRequest),
    }))
    .pipe(recordSupervisionMeetingRequestSchema)
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
  const [field = '', , partField = '', , key] = path.split('.');
  const blank = typeof value !== 'string' || value.trim() === '';
  if (field === 'supervisor') return blank ? 'supervisor-missing' : 'text-too-long';
  if (field === 'heldOn') return value === '' ? 'date-missing' : 'date-invalid';
  if (field !== 'parts') return 'field-invalid';
  if (partField === '') return 'cases-missing';
  if (partField === 'actions') return key === 'due' ? 'date-invalid' : blank ? 'action-missing' : 'text-too-long';
  if (partField === 'discussed' || partField === 'remarks') return 'text-too-long';
  return 'field-invalid';
}
