import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaregiverComment, CourtReport } from '../../../shared/domain/report/report';
import { commentOutcomes, type CommentOutcome } from '../../../shared/domain/report/reportTaxonomy';
import { getApi } from '../api/client';
import { FormActions } from '../ui/form/FormActions';
import { FormField } from '../ui/form/FormField';
import { InlinePanel } from '../cases/InlinePanel';
import { DamagedFileNotice } from '../components/DamagedFileNotice';
import { RadioChoice } from '../ui/form/RadioChoice';
import { useSubmit } from '../vault/useSubmit';

interface Props {
  report: CourtReport;
  comment: CaregiverComment;
  onCancel: () => void;
  onDone: (report: CourtReport, message: string) => void;
}

/** What the practitioner did about a comment: the final report lists it after the caregiver's review. */
export function ResponseForm({ report, comment, onCancel, onDone }: Props) {
  const { t } = useTranslation();
  const [outcome, setOutcome] = useState<CommentOutcome>(comment.response?.outcome ?? 'changed');
  const [note, setNote] = useState(comment.response?.note ?? '');
  const saving = useSubmit((updated: CourtReport) => onDone(updated, t('reports.comments.responded')));

  function submit(event: FormEvent): void {
    event.preventDefault();
    void saving.submit(() =>
      getApi().respondToReportComment({
        caseId: report.caseId,
        reportId: report.id,
        commentId: comment.id,
        response: { outcome, note: note.trim() },
      }),
    );
  }

  return (
    <InlinePanel title={t('reports.comments.responseTitle')} level={3}>
      <form onSubmit={submit} noValidate>
        <RadioChoice
          legend={t('reports.comments.outcome')}
          options={commentOutcomes.map((value) => ({ value, label: t(`reports.comments.outcomes.${value}`) }))}
          value={outcome}
          onChange={setOutcome}
        />
        <FormField label={t('reports.comments.note')} help={t('reports.comments.noteHelp')}>
          {(control) => (
            <textarea
              {...control}
              className="reports-textarea"
              rows={3}
              value={note}
              onChange={(event) => setNote(event.target.value)}
            />
          )}
        </FormField>
        <FormActions submitLabel={t('reports.comments.saveResponse')} busy={saving.busy} onCancel={onCancel} />
      </form>
      {saving.error && <DamagedFileNotice error={saving.error} onRestored={saving.clearError} />}
    </InlinePanel>
  );
}
