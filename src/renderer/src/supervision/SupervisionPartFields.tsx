import { useController, type ControllerRenderProps, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { RecordSupervisionMeetingRequest } from '../../../shared/journal/supervisionRequests';
import { sectionVisibilities } from '../../../shared/domain/taxonomy';
import { loadStateOf } from '../api/loadState';
import { useContractQuery } from '../api/useContractQuery';
import { formatCalendarDate } from '../cases/dates';
import { CheckboxList } from '../ui/form/CheckboxList';
import { FormField } from '../ui/form/FormField';
import { RadioChoice } from '../ui/form/RadioChoice';
import { useListField } from '../ui/form/useListField';
import { ActionRows } from './ActionRows';
import { ReadReturnedBrief } from './ReadReturnedBrief';
import { ReturnedNotes } from './ReturnedNotes';
import type { SupervisionValues } from './supervisionFormSchema';

interface Props {
  form: UseFormReturn<SupervisionValues, unknown, RecordSupervisionMeetingRequest>;
  index: number;
  caseId: string;
  alias: string;
  /** Takes the case out of this supervision; none while it is the only case. */
  onRemove: (() => void) | undefined;
  forgetAttempt: () => void;
  problem: (message: string | undefined) => string | undefined;
}

/**
 * One case's part of a supervision: the case's briefs discussed, the notes the supervisor sent
 * back on one, what was discussed of the case, the remarks with who may read them, the actions agreed.
 */
export function SupervisionPartFields({ form, index, caseId, alias, onRemove, forgetAttempt, problem }: Props) {
  const { t, i18n } = useTranslation();
  const { control } = form;
  const errors = form.formState.errors.parts?.[index];
  const briefs = useController({ control, name: `parts.${index}.briefs` });
  const visibility = useController({ control, name: `parts.${index}.visibility` });
  const returned = useController({ control, name: `parts.${index}.returned` });
  // Controlled, not registered: taking a case out moves the parts after it up one place.
  const discussed = useController({ control, name: `parts.${index}.discussed` });
  const remarks = useController({ control, name: `parts.${index}.remarks` });
  const [actions, changeActions] = useListField(control, `parts.${index}.actions`, forgetAttempt);
  const exported = loadStateOf(useContractQuery('listExports', { caseId }));
  const briefOptions =
    exported.kind === 'loaded'
      ? exported.value
          .filter((record) => record.kind === 'supervision-brief' && record.status === 'confirmed')
          .map((record) => ({
            value: record.id,
            label: t('supervision.form.briefLabel', {
              date: formatCalendarDate(record.exportedAt.slice(0, 10), i18n.language),
              file: record.fileName,
            }),
          }))
      : [];

  return (
    <fieldset className="supervision-case" data-testid="supervision-case">
      <legend>{alias}</legend>
      <CheckboxList
        legend={t('supervision.form.briefs')}
        options={briefOptions}
        values={briefs.field.value}
        onChange={briefs.field.onChange}
        emptyText={t('supervision.form.noBriefs')}
      />
      {returned.field.value === null ? (
        <ReadReturnedBrief
          caseId={caseId}
          onRead={(brief) => {
            returned.field.onChange(brief);
            if (!briefs.field.value.includes(brief.exportId))
              briefs.field.onChange([...briefs.field.value, brief.exportId]);
          }}
        />
      ) : (
        <>
          <ReturnedNotes
            reference={returned.field.value.reference}
            exportedAt={returned.field.value.exportedAt}
            notes={returned.field.value.notes}
            comments={returned.field.value.comments}
            pseudonyms={returned.field.value.pseudonyms}
            headingLevel={4}
          />
          <button type="button" onClick={() => returned.field.onChange(null)}>
            {t('supervision.returned.drop')}
          </button>
        </>
      )}
      <PartText
        label={t('supervision.form.discussed')}
        error={problem(errors?.discussed?.message)}
        field={discussed.field}
      />
      <PartText label={t('supervision.form.remarks')} error={problem(errors?.remarks?.message)} field={remarks.field} />
      <RadioChoice
        legend={t('supervision.form.visibility')}
        options={sectionVisibilities.map((value) => ({ value, label: t(`taxonomy.sectionVisibilities.${value}`) }))}
        value={visibility.field.value}
        onChange={visibility.field.onChange}
      />
      <ActionRows
        rows={actions}
        onChange={changeActions}
        problems={(row) => ({
          what: problem(errors?.actions?.[row]?.what?.message),
          due: problem(errors?.actions?.[row]?.due?.message),
        })}
      />
      {onRemove !== undefined && (
        <button type="button" onClick={onRemove}>
          {t('supervision.form.removeCase', { alias })}
        </button>
      )}
    </fieldset>
  );
}

/** A part's free text, controlled by the form. */
function PartText({
  label,
  error,
  field,
}: {
  label: string;
  error: string | undefined;
  field: ControllerRenderProps<SupervisionValues, `parts.${number}.discussed` | `parts.${number}.remarks`>;
}) {
  return (
    <FormField label={label} error={error}>
      {(control) => (
        <textarea
          {...control}
          className="reports-textarea"
          rows={3}
          ref={field.ref}
          value={field.value}
          onChange={field.onChange}
          onBlur={field.onBlur}
        />
      )}
    </FormField>
  );
}
