import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CourtReport } from '../../../shared/domain/report/report';
import { hearingKinds, type HearingKind } from '../../../shared/domain/report/reportTaxonomy';
import type { Result } from '../../../shared/ipc/result';
import { FormActions } from '../ui/form/FormActions';
import { FormField } from '../ui/form/FormField';
import { InlinePanel } from '../cases/InlinePanel';
import { DamagedFileNotice } from '../components/DamagedFileNotice';
import { SelectField } from '../ui/form/SelectField';
import { useSubmit } from '../vault/useSubmit';
import { detailsProblems, detailsRequest, withHearingKind, type DetailsForm } from './reportDetails';

interface Props {
  title: string;
  submitLabel: string;
  initial: DetailsForm;
  /** Sends the details to main: `createReport` or `updateReport`. */
  send: (details: ReturnType<typeof detailsRequest>) => Promise<Result<CourtReport>>;
  onSaved: (report: CourtReport) => void;
  onCancel: () => void;
  level?: 2 | 3;
}

/** Title, court, hearing and review window: for a new report, and to change them later. */
export function ReportDetailsForm({ title, submitLabel, initial, send, onSaved, onCancel, level }: Props) {
  const { t } = useTranslation();
  const [form, setForm] = useState(initial);
  const [tried, setTried] = useState(false);
  const saving = useSubmit(onSaved);
  const problems = tried ? detailsProblems(form) : {};

  function submit(event: FormEvent): void {
    event.preventDefault();
    setTried(true);
    if (Object.keys(detailsProblems(form)).length > 0) return;
    void saving.submit(() => send(detailsRequest(form)));
  }

  return (
    <InlinePanel title={title} level={level}>
      <form onSubmit={submit} noValidate>
        <FormField
          label={t('reports.details.title')}
          help={t('reports.details.titleHelp')}
          error={problems.title === undefined ? undefined : t('reports.details.titleMissing')}
        >
          {(control) => (
            <input
              {...control}
              className="text-input"
              maxLength={200}
              value={form.title}
              onChange={(event) => setForm({ ...form, title: event.target.value })}
            />
          )}
        </FormField>
        <FormField label={t('reports.details.court')}>
          {(control) => (
            <input
              {...control}
              className="text-input"
              value={form.court}
              onChange={(event) => setForm({ ...form, court: event.target.value })}
            />
          )}
        </FormField>
        <SelectField
          label={t('reports.details.hearingKind')}
          className="cases-field"
          value={form.hearingKind}
          onChange={(value) => setForm(withHearingKind(form, value as HearingKind))}
        >
          {hearingKinds.map((kind) => (
            <option key={kind} value={kind}>
              {t(`reports.hearingKinds.${kind}`)}
            </option>
          ))}
        </SelectField>
        <FormField label={t('reports.details.hearingDate')} help={t('reports.details.hearingDateHelp')}>
          {(control) => (
            <input
              {...control}
              type="date"
              className="text-input cases-date"
              value={form.hearingDate}
              onChange={(event) => setForm({ ...form, hearingDate: event.target.value })}
            />
          )}
        </FormField>
        <FormField
          label={t('reports.details.reviewDays')}
          help={t('reports.details.reviewDaysHelp')}
          error={problems.reviewDays === undefined ? undefined : t('reports.details.reviewDaysInvalid')}
        >
          {(control) => (
            <input
              {...control}
              type="number"
              min={0}
              max={30}
              className="text-input reports-number"
              value={form.reviewDays}
              onChange={(event) => setForm({ ...form, reviewDays: event.target.value })}
            />
          )}
        </FormField>
        <FormActions submitLabel={submitLabel} busy={saving.busy} onCancel={onCancel} />
      </form>
      {saving.error && <DamagedFileNotice error={saving.error} onRestored={saving.clearError} />}
    </InlinePanel>
  );
}
