import { useMemo } from 'react';
import { useController } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useContractMutation } from '../api/useContractMutation';
import { DamagedFileNotice } from '../components/DamagedFileNotice';
import { DateField } from '../ui/form/DateField';
import { FormActions } from '../ui/form/FormActions';
import { useContractForm } from '../ui/form/useContractForm';
import { closeCaseSchema } from './caseFormSchemas';
import { caseProblemOf, type DateProblem } from './caseProblems';
import { formatCalendarDate, todayDate } from './dates';
import { InlinePanel } from '../ui/InlinePanel';
import type { PanelProps } from './panelProps';

/** Close the case on a date (today unless changed); it can be reopened later. */
export function CloseCaseForm({ journalCase, onSaved, onCancel, onRestored }: PanelProps) {
  const { t, i18n } = useTranslation();
  const saving = useContractMutation('setCaseStatus', {
    onSuccess: (updated) => onSaved(updated, t('cases.saved.closed')),
  });
  const schema = useMemo(() => closeCaseSchema(journalCase.id, journalCase.openedAt), [journalCase]);
  const defaultValues = useMemo(() => ({ closedAt: todayDate() }), []);
  const { form, formRef, onSubmit, busy, serverError } = useContractForm({
    schema,
    defaultValues,
    mutation: saving,
    problemOf: caseProblemOf,
  });
  const closedAt = useController({ control: form.control, name: 'closedAt' });
  const problem = form.formState.errors.closedAt?.message as DateProblem | undefined;

  return (
    <InlinePanel title={t('cases.status.closeTitle')}>
      <p>{t('cases.status.closeExplain')}</p>
      <form ref={formRef} onSubmit={onSubmit} noValidate>
        <DateField
          label={t('cases.status.closedAt')}
          error={
            problem === undefined
              ? undefined
              : t(`cases.problems.${problem}`, { date: formatCalendarDate(journalCase.openedAt, i18n.language) })
          }
          value={closedAt.field.value}
          onChange={closedAt.field.onChange}
          inputClassName="cases-date"
        />
        {serverError && <DamagedFileNotice error={serverError} onRestored={onRestored} />}
        <FormActions submitLabel={t('cases.status.closeConfirm')} busy={busy} onCancel={onCancel} />
      </form>
    </InlinePanel>
  );
}
