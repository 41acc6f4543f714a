import { useMemo } from 'react';
import { useController } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { CaseSupervision } from '../../../shared/domain/supervision';
import { supervisionKinds } from '../../../shared/domain/supervision';
import { sectionVisibilities } from '../../../shared/domain/taxonomy';
import { loadStateOf } from '../api/loadState';
import { useContractMutation } from '../api/useContractMutation';
import { useContractQuery } from '../api/useContractQuery';
import { formatCalendarDate, todayDate } from '../cases/dates';
import { DamagedFileNotice } from '../components/DamagedFileNotice';
import { CheckboxList } from '../ui/form/CheckboxList';
import { DateField } from '../ui/form/DateField';
import { FormActions } from '../ui/form/FormActions';
import { FormField } from '../ui/form/FormField';
import { RadioChoice } from '../ui/form/RadioChoice';
import { useContractForm } from '../ui/form/useContractForm';
import { useListField } from '../ui/form/useListField';
import { InlinePanel } from '../ui/InlinePanel';
import { ActionRows } from './ActionRows';
import { ReadReturnedBrief } from './ReadReturnedBrief';
import { ReturnedNotes } from './ReturnedNotes';
import { supervisionProblemOf, supervisionSchema, type SupervisionValues } from './supervisionFormSchema';

interface Props {
  caseId: string;
  onSaved: (part: CaseSupervision) => void;
  onCancel: () => void;
  onDirtyChange?: (dirty: boolean) => void;
}

/** A case's part of a supervision: when, with whom, the briefs discussed, the remarks, the actions agreed, the notes sent back. */
export function SupervisionForm({ caseId, onSaved, onCancel, onDirtyChange }: Props) {
  const { t, i18n } = useTranslation();
  const today = todayDate();
  const schema = useMemo(() => supervisionSchema(caseId, today), [caseId, today]);
  const defaultValues = useMemo<SupervisionValues>(
    () => ({
      heldOn: today,
      supervisor: '',
      kind: 'individual',
      briefs: [],
      discussed: '',
      remarks: '',
      visibility: 'private',
      actions: [],
      returned: null,
    }),
    [today],
  );
  const saving = useContractMutation('recordSupervision', { onSuccess: onSaved });
  const { form, formRef, onSubmit, busy, serverError, forgetAttempt } = useContractForm({
    schema,
    defaultValues,
    mutation: saving,
    problemOf: supervisionProblemOf,
    ...(onDirtyChange === undefined ? {} : { onDirtyChange }),
  });
  const { errors } = form.formState;
  const problem = (message: string | undefined) =>
    message === undefined ? undefined : t(`supervision.problems.${message}` as 'supervision.problems.field-invalid');
  const heldOn = useController({ control: form.control, name: 'heldOn' });
  const kind = useController({ control: form.control, name: 'kind' });
  const visibility = useController({ control: form.control, name: 'visibility' });
  const briefs = useController({ control: form.control, name: 'briefs' });
  const returned = useController({ control: form.control, name: 'returned' });
  const [actions, changeActions] = useListField(form.control, 'actions', forgetAttempt);
  const supervisor = form.register('supervisor');
  const discussed = form.register('discussed');
  const remarks = form.register('remarks');
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
    <InlinePanel title={t('supervision.form.title')} className="cases-panel-wide" level={3}>
      <form ref={formRef} onSubmit={onSubmit} noValidate>
        <DateField
          label={t('supervision.form.heldOn')}
          value={heldOn.field.value}
          onChange={heldOn.field.onChange}
          error={problem(errors.heldOn?.message)}
          inputClassName="cases-date"
        />
        <FormField
          label={t('supervision.form.supervisor')}
          help={t('supervision.form.supervisorHelp')}
          error={problem(errors.supervisor?.message)}
        >
          {(control) => <input {...control} {...supervisor} className="text-input" autoComplete="off" />}
        </FormField>
        <RadioChoice
          legend={t('supervision.form.kind')}
          options={supervisionKinds.map((value) => ({ value, label: t(`supervision.form.kinds.${value}`) }))}
          value={kind.field.value}
          onChange={kind.field.onChange}
        />
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
        <FormField label={t('supervision.form.discussed')} error={problem(errors.discussed?.message)}>
          {(control) => <textarea {...control} {...discussed} className="reports-textarea" rows={3} />}
        </FormField>
        <FormField label={t('supervision.form.remarks')} error={problem(errors.remarks?.message)}>
          {(control) => <textarea {...control} {...remarks} className="reports-textarea" rows={3} />}
        </FormField>
        <RadioChoice
          legend={t('supervision.form.visibility')}
          options={sectionVisibilities.map((value) => ({ value, label: t(`taxonomy.sectionVisibilities.${value}`) }))}
          value={visibility.field.value}
          onChange={visibility.field.onChange}
        />
        <ActionRows
          rows={actions}
          onChange={changeActions}
          problems={(index) => ({
            what: problem(errors.actions?.[index]?.what?.message),
            due: problem(errors.actions?.[index]?.due?.message),
          })}
        />
        {serverError && <DamagedFileNotice error={serverError} />}
        <FormActions submitLabel={t('supervision.form.save')} busy={busy} onCancel={onCancel} />
      </form>
    </InlinePanel>
  );
}
