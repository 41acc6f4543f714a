import { useMemo } from 'react';
import { useController, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useContractMutation } from '../api/useContractMutation';
import { DamagedFileNotice } from '../components/DamagedFileNotice';
import { useJournal } from '../journal/useJournal';
import { sessionPlanDraft, SessionPlanFields } from '../attendance/SessionPlanFields';
import { FormActions } from '../ui/form/FormActions';
import { useContractForm } from '../ui/form/useContractForm';
import { CaseIdentityFields } from './CaseIdentityFields';
import { detailsSchema, type DetailsValues } from './caseFormSchemas';
import { caseProblemOf, type AliasProblem } from './caseProblems';
import { InlinePanel } from '../ui/InlinePanel';
import type { PanelProps } from './panelProps';

/** Rename the case, or change its court file reference, programme and how often it plans to meet. */
export function EditDetailsForm({ journalCase, onSaved, onCancel, onRestored, onDirtyChange }: PanelProps) {
  const { t } = useTranslation();
  const journal = useJournal();
  const otherAliases = useMemo(
    () => (journal.cases ?? []).filter((summary) => summary.id !== journalCase.id).map((summary) => summary.alias),
    [journal.cases, journalCase.id],
  );
  const schema = useMemo(
    () => detailsSchema(journalCase.id, journalCase.sessionPlan !== undefined, otherAliases),
    [journalCase.id, journalCase.sessionPlan, otherAliases],
  );
  const defaultValues = useMemo<DetailsValues>(
    () => ({
      alias: journalCase.alias,
      reference: journalCase.reference ?? '',
      program: journalCase.program ?? '',
      sessionPlan: sessionPlanDraft(journalCase.sessionPlan),
    }),
    [journalCase],
  );
  const saving = useContractMutation('updateCase', {
    onSuccess: (updated) => onSaved(updated, t('cases.saved.details')),
  });
  const { form, formRef, onSubmit, busy, serverError } = useContractForm({
    schema,
    defaultValues,
    mutation: saving,
    problemOf: caseProblemOf,
    onDirtyChange,
  });
  const { errors } = form.formState;
  const alias = useWatch({ control: form.control, name: 'alias' });
  const plan = useController({ control: form.control, name: 'sessionPlan' });

  return (
    <InlinePanel title={t('cases.details.editTitle')}>
      <form ref={formRef} onSubmit={onSubmit} noValidate>
        <CaseIdentityFields
          register={form.register}
          alias={alias}
          aliasProblem={errors.alias?.message as AliasProblem | undefined}
        />
        <SessionPlanFields
          value={plan.field.value}
          onChange={plan.field.onChange}
          showProblem={errors.sessionPlan !== undefined}
        />
        {serverError && <DamagedFileNotice error={serverError} onRestored={onRestored} />}
        <FormActions submitLabel={t('cases.details.save')} busy={busy} onCancel={onCancel} />
      </form>
    </InlinePanel>
  );
}
