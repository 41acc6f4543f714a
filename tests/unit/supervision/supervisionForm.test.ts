/**
 * The supervision form of one meeting and several cases, as the practitioner types it: what it
 * sends, and the problem it shows at each field when the meeting cannot be recorded.
 */
import { describe, expect, it } from 'vitest';
import type { FieldErrors } from 'react-hook-form';
import {
  newPart,
  supervisionProblemOf,
  supervisionSchema,
  type SupervisionValues,
} from '../../../src/renderer/src/supervision/supervisionFormSchema';
import { problemResolver } from '../../../src/renderer/src/ui/form/problemResolver';

const today = '2025-03-20';
const caseR = '11111111-1111-4111-8111-111111111111';
const caseS = '22222222-2222-4222-8222-222222222222';

const meeting = (parts: SupervisionValues['parts']): SupervisionValues => ({
  heldOn: '2025-03-20',
  supervisor: ' R. Soto ',
  kind: 'group',
  parts,
});

async function problemsOf(values: SupervisionValues): Promise<FieldErrors<SupervisionValues>> {
  const resolve = problemResolver(supervisionSchema(today), supervisionProblemOf);
  return (await resolve(values, undefined, { fields: {}, shouldUseNativeValidation: false })).errors;
}

describe('the supervision form', () => {
  it('sends one meeting with each case’s part, blank texts left out and the brief it opened with ticked', () => {
    const first = { ...newPart(caseR, ['33333333-3333-4333-8333-333333333333']), discussed: 'La audiencia.' };
    const second = {
      ...newPart(caseS),
      remarks: 'Cuidar la alianza.',
      visibility: 'supervision' as const,
      actions: [{ key: 'k', what: ' Llamar al tío ', due: '' }],
    };
    expect(supervisionSchema(today).parse(meeting([first, second]))).toEqual({
      heldOn: '2025-03-20',
      supervisor: 'R. Soto',
      kind: 'group',
      parts: [
        {
          caseId: caseR,
          briefs: ['33333333-3333-4333-8333-333333333333'],
          discussed: 'La audiencia.',
          visibility: 'private',
          actions: [],
        },
        {
          caseId: caseS,
          briefs: [],
          remarks: 'Cuidar la alianza.',
          visibility: 'supervision',
          actions: [{ what: 'Llamar al tío' }],
        },
      ],
    });
  });

  it('asks for a case, a supervisor, a date not after today, and words for each action, at the field', async () => {
    const none = await problemsOf({ ...meeting([]), supervisor: ' ' });
    expect(none.supervisor?.message).toBe('supervisor-missing');
    expect(none.parts?.message ?? none.parts?.root?.message).toBe('cases-missing');
    const blankAction = { ...newPart(caseS), actions: [{ key: 'k', what: '', due: '2025-02-30' }] };
    const errors = await problemsOf({ ...meeting([newPart(caseR), blankAction]), heldOn: '2025-03-21' });
    expect(errors.heldOn?.message).toBe('date-after-today');
    expect(errors.parts?.[0]).toBeUndefined();
    expect(errors.parts?.[1]?.actions?.[0]?.what?.message).toBe('action-missing');
    expect(errors.parts?.[1]?.actions?.[0]?.due?.message).toBe('date-invalid');
  });
});
