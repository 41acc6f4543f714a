import { useMemo } from 'react';
import { useController } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { CaregiverComment, CourtReport } from '../../../shared/domain/report/report';
import { commentOutcomes } from '../../../shared/domain/report/reportTaxonomy';
import { useContractMutation } from '../api/useContractMutation';
import { InlinePanel } from '../ui/InlinePanel';
import { DamagedFileNotice } from '../components/DamagedFileNotice';
import { FormActions } from '../ui/form/FormActions';
import { FormField } from '../ui/form/FormField';
import { RadioChoice } from '../ui/form/RadioChoice';
import { useContractForm } from '../ui/form/useContractForm';
import { reportProblemOf, responseSchema, type ResponseValues } from './reportFormSchemas';

interface Props {
  report: CourtReport;
  comment: CaregiverComment;
  onCancel: () => void;
  onDone: (report: CourtReport, message: string) => void;
}

/** What the practitioner did about a comment: the final report lists it after the caregiver's review. */
export function ResponseForm({ report, comment, onCancel, onDone }: Props) {
  const { t } = useTranslation();
  const schema = useMemo(() => responseSchema(report, comment.id), [report, comment.id]);
  const defaultValues = useMemo<ResponseValues>(
    () => ({ response: { outcome: comment.response?.outcome ?? 'changed', note: comment.response?.note ?? '' } }),
    [comment.response],
  );
  const saving = useContractMutation('respondToReportComment', {
    onSuccess: (updated) => onDone(updated, t('reports.comments.responded')),
  });
  const { form, formRef, onSubmit, busy, serverError } = useContractForm({
    schema,
    defaultValues,
    mutation: saving,
    problemOf: reportProblemOf,
  });
  const outcome = useController({ control: form.control, name: 'response.outcome' });
  const note = form.register('response.note');
  const noteProblem = form.formState.errors.response?.note?.message;

  return (
    <InlinePanel title={t('reports.comments.responseTitle')} level={3}>
      <form ref={formRef} onSubmit={onSubmit} noValidate>
        <RadioChoice
          legend={t('reports.comments.outcome')}
          options={commentOutcomes.map((value) => ({ value, label: t(`reports.comments.outcomes.${value}`) }))}
          value={outcome.field.value}
          onChange={outcome.field.onChange}
        />
        <FormField
          label={t('reports.comments.note')}
          help={t('reports.comments.noteHelp')}
          error={noteProblem === undefined ? undefined : t('cases.problems.text-too-long')}
        >
          {(control) => <textarea {...control} {...note} className="reports-textarea" rows={3} />}
        </FormField>
        <FormActions submitLabel={t('reports.comments.saveResponse')} busy={busy} onCancel={onCancel} />
      </form>
      {serverError && <DamagedFileNotice error={serverError} onRestored={saving.reset} />}
    </InlinePanel>
  );
}
