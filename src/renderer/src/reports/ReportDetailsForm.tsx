import { useMemo } from 'react';
import { useController, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { CourtReport } from '../../../shared/domain/report/report';
import { hearingKinds, type HearingKind } from '../../../shared/domain/report/reportTaxonomy';
import { useContractMutation } from '../api/useContractMutation';
import { InlinePanel } from '../ui/InlinePanel';
import { DamagedFileNotice } from '../components/DamagedFileNotice';
import { FormActions } from '../ui/form/FormActions';
import { FormField } from '../ui/form/FormField';
import { SelectField } from '../ui/form/SelectField';
import { useContractForm } from '../ui/form/useContractForm';
import {
  createDetailsSchema,
  detailsProblemOf,
  reviewDaysForKind,
  updateDetailsSchema,
  type DetailsForm,
  type DetailsProblem,
  type DetailsTarget,
} from './reportDetails';

interface Props {
  title: string;
  submitLabel: string;
  initial: DetailsForm;
  /** A new report of the case (`createReport`) or one that exists (`updateReport`). */
  target: DetailsTarget;
  onSaved: (report: CourtReport) => void;
  onCancel: () => void;
  level?: 2 | 3;
}

type DetailsRequest =
  z.output<ReturnType<typeof createDetailsSchema>> | z.output<ReturnType<typeof updateDetailsSchema>>;

/** Title, court, hearing and review window: for a new report, and to change them later. */
export function ReportDetailsForm({ title, submitLabel, initial, target, onSaved, onCancel, level }: Props) {
  const { t } = useTranslation();
  const creating = useContractMutation('createReport', { onSuccess: onSaved });
  const updating = useContractMutation('updateReport', { onSuccess: onSaved });
  const schema = useMemo(
    () =>
      target.kind === 'create'
        ? createDetailsSchema(target.caseId, target.language)
        : updateDetailsSchema(target.caseId, target.reportId),
    [target],
  );
  const saving = target.kind === 'create' ? creating : updating;
  const { form, formRef, onSubmit, busy, serverError } = useContractForm<DetailsForm, DetailsRequest>({
    schema,
    defaultValues: initial,
    mutation: {
      // The schema made the request for this target's call.
      mutateAsync: (request) =>
        target.kind === 'create'
          ? creating.mutateAsync(request as Parameters<typeof creating.mutateAsync>[0])
          : updating.mutateAsync(request as Parameters<typeof updating.mutateAsync>[0]),
      error: saving.error,
      isPending: saving.isPending,
    },
    problemOf: detailsProblemOf,
  });
  const kind = useController({ control: form.control, name: 'hearing.kind' });
  const values = useWatch({ control: form.control }) as DetailsForm;
  const fields = {
    title: form.register('title'),
    court: form.register('court'),
    date: form.register('hearing.date'),
    days: form.register('reviewWorkingDays'),
  };
  const { errors } = form.formState;
  const problem = (message: string | undefined) => message as DetailsProblem | undefined;

  function changeKind(next: HearingKind): void {
    const days = reviewDaysForKind(values, next);
    if (days !== undefined) form.setValue('reviewWorkingDays', days, { shouldDirty: true });
    kind.field.onChange(next);
  }

  return (
    <InlinePanel title={title} level={level}>
      <form ref={formRef} onSubmit={onSubmit} noValidate>
        <FormField
          label={t('reports.details.title')}
          help={t('reports.details.titleHelp')}
          error={problem(errors.title?.message) === undefined ? undefined : t('reports.details.titleMissing')}
        >
          {(control) => <input {...control} {...fields.title} className="text-input" maxLength={200} />}
        </FormField>
        <FormField label={t('reports.details.court')}>
          {(control) => <input {...control} {...fields.court} className="text-input" />}
        </FormField>
        <SelectField
          label={t('reports.details.hearingKind')}
          className="cases-field"
          value={kind.field.value}
          onChange={(value) => changeKind(value as HearingKind)}
        >
          {hearingKinds.map((id) => (
            <option key={id} value={id}>
              {t(`reports.hearingKinds.${id}`)}
            </option>
          ))}
        </SelectField>
        <FormField
          label={t('reports.details.hearingDate')}
          help={t('reports.details.hearingDateHelp')}
          error={errors.hearing?.date === undefined ? undefined : t('cases.problems.date-invalid')}
        >
          {(control) => <input {...control} {...fields.date} type="date" className="text-input cases-date" />}
        </FormField>
        <FormField
          label={t('reports.details.reviewDays')}
          help={t('reports.details.reviewDaysHelp')}
          error={errors.reviewWorkingDays === undefined ? undefined : t('reports.details.reviewDaysInvalid')}
        >
          {(control) => (
            <input {...control} {...fields.days} type="number" min={0} max={30} className="text-input reports-number" />
          )}
        </FormField>
        <FormActions submitLabel={submitLabel} busy={busy} onCancel={onCancel} />
      </form>
      {serverError && <DamagedFileNotice error={serverError} onRestored={saving.reset} />}
    </InlinePanel>
  );
}
