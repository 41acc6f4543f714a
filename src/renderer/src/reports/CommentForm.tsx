import { useMemo } from 'react';
import { useController } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { CourtReport } from '../../../shared/domain/report/report';
import { commentStances, type ReportSectionKind } from '../../../shared/domain/report/reportTaxonomy';
import { useContractMutation } from '../api/useContractMutation';
import { InlinePanel } from '../ui/InlinePanel';
import { todayDate } from '../cases/dates';
import { DamagedFileNotice } from '../components/DamagedFileNotice';
import { FormActions } from '../ui/form/FormActions';
import { FormField } from '../ui/form/FormField';
import { RadioChoice } from '../ui/form/RadioChoice';
import { useContractForm } from '../ui/form/useContractForm';
import { ReportDateField } from './ReportDateField';
import { commentSchema, reportProblemOf, type CommentValues, type ReportFieldProblem } from './reportFormSchemas';

interface Props {
  report: CourtReport;
  /** The shared version the caregiver read. */
  version: number;
  section: ReportSectionKind;
  onCancel: () => void;
  onDone: (report: CourtReport, message: string) => void;
}

/** What the caregiver said about one section: agrees, disagrees or asks for a correction, in their words. */
export function CommentForm({ report, version, section, onCancel, onDone }: Props) {
  const { t } = useTranslation();
  const schema = useMemo(() => commentSchema(report, version, section), [report, version, section]);
  const defaultValues = useMemo<CommentValues>(
    () => ({ comment: { stance: 'agrees', words: '', line: '', recordedOn: todayDate() } }),
    [],
  );
  const saving = useContractMutation('recordReportComment', {
    onSuccess: (updated) => onDone(updated, t('reports.comments.recorded')),
  });
  const { form, formRef, onSubmit, busy, serverError } = useContractForm({
    schema,
    defaultValues,
    mutation: saving,
    problemOf: reportProblemOf,
  });
  const stance = useController({ control: form.control, name: 'comment.stance' });
  const fields = { words: form.register('comment.words'), line: form.register('comment.line') };
  const errors = form.formState.errors.comment;
  const wordsProblem = errors?.words?.message as ReportFieldProblem | undefined;

  return (
    <InlinePanel title={t('reports.comments.title', { section: t(`reports.sections.${section}`) })} level={3}>
      <form ref={formRef} onSubmit={onSubmit} noValidate>
        <RadioChoice
          legend={t('reports.comments.stance')}
          options={commentStances.map((value) => ({ value, label: t(`reports.comments.stances.${value}`) }))}
          value={stance.field.value}
          onChange={stance.field.onChange}
        />
        <FormField
          label={t('reports.comments.words')}
          error={
            wordsProblem === undefined
              ? undefined
              : wordsProblem === 'missing'
                ? t('reports.comments.wordsMissing')
                : t('cases.problems.text-too-long')
          }
        >
          {(control) => <textarea {...control} {...fields.words} className="reports-textarea" rows={4} />}
        </FormField>
        <FormField label={t('reports.comments.line')} help={t('reports.comments.lineHelp')}>
          {(control) => <input {...control} {...fields.line} className="text-input reports-number" maxLength={40} />}
        </FormField>
        <ReportDateField control={form.control} name="comment.recordedOn" label={t('reports.comments.date')} />
        <FormActions submitLabel={t('reports.comments.submit')} busy={busy} onCancel={onCancel} />
      </form>
      {serverError && <DamagedFileNotice error={serverError} onRestored={saving.reset} />}
    </InlinePanel>
  );
}
