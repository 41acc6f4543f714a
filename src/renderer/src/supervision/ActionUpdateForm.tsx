import { useMemo } from 'react';
import { useController } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { actionStatuses, type AgreedAction, type CaseSupervision } from '../../../shared/domain/supervision';
import { useContractMutation } from '../api/useContractMutation';
import { todayDate } from '../cases/dates';
import { DamagedFileNotice } from '../components/DamagedFileNotice';
import { DateField } from '../ui/form/DateField';
import { FormActions } from '../ui/form/FormActions';
import { FormField } from '../ui/form/FormField';
import { RadioChoice } from '../ui/form/RadioChoice';
import { useContractForm } from '../ui/form/useContractForm';
import { InlinePanel } from '../ui/InlinePanel';
import { actionUpdateProblemOf, actionUpdateSchema, type ActionUpdateValues } from './actionUpdateSchema';

interface Props {
  caseId: string;
  part: CaseSupervision;
  action: AgreedAction;
  /** The status to start from (a quick answer in a reflection starts from "done"). */
  initialStatus?: AgreedAction['status'];
  title?: string;
  onSaved: (part: CaseSupervision) => void;
  onCancel: () => void;
}

/** What became of an agreed action: done, dropped or open again, on which day, and what followed. */
export function ActionUpdateForm({ caseId, part, action, initialStatus, title, onSaved, onCancel }: Props) {
  const { t } = useTranslation();
  const today = todayDate();
  const schema = useMemo(
    () => actionUpdateSchema(caseId, action.id, part.heldOn, today),
    [caseId, action.id, part.heldOn, today],
  );
  const defaultValues = useMemo<ActionUpdateValues>(
    () => ({ status: initialStatus ?? (action.status === 'open' ? 'done' : action.status), note: '', on: today }),
    [initialStatus, action.status, today],
  );
  const saving = useContractMutation('updateAgreedAction', { onSuccess: onSaved });
  const { form, formRef, onSubmit, busy, serverError } = useContractForm({
    schema,
    defaultValues,
    mutation: saving,
    problemOf: actionUpdateProblemOf,
  });
  const { errors } = form.formState;
  const problem = (message: string | undefined) =>
    message === undefined ? undefined : t(`supervision.problems.${message}` as 'supervision.problems.field-invalid');
  const status = useController({ control: form.control, name: 'status' });
  const on = useController({ control: form.control, name: 'on' });
  const note = form.register('note');

  return (
    <InlinePanel title={title ?? t('supervision.action.updateTitle', { what: action.what })} level={3}>
      <form ref={formRef} onSubmit={onSubmit} noValidate>
        <RadioChoice
          legend={t('supervision.action.status')}
          options={actionStatuses.map((value) => ({ value, label: t(`supervision.action.statuses.${value}`) }))}
          value={status.field.value}
          onChange={status.field.onChange}
        />
        <DateField
          label={t('supervision.action.on')}
          value={on.field.value}
          onChange={on.field.onChange}
          error={problem(errors.on?.message)}
          inputClassName="cases-date"
        />
        <FormField label={t('supervision.action.note')} error={problem(errors.note?.message)}>
          {(control) => <textarea {...control} {...note} className="reports-textarea" rows={2} />}
        </FormField>
        {serverError && <DamagedFileNotice error={serverError} />}
        <FormActions submitLabel={t('supervision.action.save')} busy={busy} onCancel={onCancel} />
      </form>
    </InlinePanel>
  );
}
