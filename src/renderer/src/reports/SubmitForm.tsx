import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useContractMutation } from '../api/useContractMutation';
import { InlinePanel } from '../ui/InlinePanel';
import { todayDate } from '../cases/dates';
import { DamagedFileNotice } from '../components/DamagedFileNotice';
import { FormActions } from '../ui/form/FormActions';
import { FormField } from '../ui/form/FormField';
import { useContractForm } from '../ui/form/useContractForm';
import type { ReportPanelProps } from './panelProps';
import { ReportDateField } from './ReportDateField';
import { reportProblemOf, submissionSchema, type ReportFieldProblem, type SubmissionValues } from './reportFormSchemas';

/** The final version went to court: when, and to which court. Nothing about it changes after this. */
export function SubmitForm({ report, version, onCancel, onDone }: ReportPanelProps) {
  const { t } = useTranslation();
  const schema = useMemo(() => submissionSchema(report), [report]);
  const defaultValues = useMemo<SubmissionValues>(
    () => ({ date: todayDate(), court: report.court ?? '' }),
    [report.court],
  );
  const saving = useContractMutation('submitReport', {
    onSuccess: (updated) => onDone(updated, t('reports.submit.done', { number: version.number })),
  });
  const { form, formRef, onSubmit, busy, serverError } = useContractForm({
    schema,
    defaultValues,
    mutation: saving,
    problemOf: reportProblemOf,
  });
  const court = form.register('court');
  const { errors } = form.formState;
  const courtProblem = errors.court?.message as ReportFieldProblem | undefined;

  return (
    <InlinePanel title={t('reports.submit.title')}>
      <p className="help">{t('reports.submit.help')}</p>
      <form ref={formRef} onSubmit={onSubmit} noValidate>
        <ReportDateField control={form.control} name="date" label={t('reports.submit.date')} />
        <FormField
          label={t('reports.submit.court')}
          error={
            courtProblem === undefined
              ? undefined
              : courtProblem === 'missing'
                ? t('reports.submit.courtMissing')
                : t('cases.problems.text-too-long')
          }
        >
          {(control) => <input {...control} {...court} className="text-input" />}
        </FormField>
        <FormActions submitLabel={t('reports.submit.submit')} busy={busy} onCancel={onCancel} />
      </form>
      {serverError && <DamagedFileNotice error={serverError} onRestored={saving.reset} />}
    </InlinePanel>
  );
}
