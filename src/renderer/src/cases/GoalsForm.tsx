import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useContractMutation } from '../api/useContractMutation';
import { DamagedFileNotice } from '../components/DamagedFileNotice';
import { errorCount } from '../ui/form/errorCount';
import { FormActions } from '../ui/form/FormActions';
import { useContractForm } from '../ui/form/useContractForm';
import { useListField } from '../ui/form/useListField';
import { draftFromGoal } from './caseDrafts';
import { goalsSchema } from './caseFormSchemas';
import { caseProblemOf, rowProblems } from './caseProblems';
import { GoalsEditor } from './GoalsEditor';
import { InlinePanel } from '../ui/InlinePanel';
import type { PanelProps } from './panelProps';
import { usePartyChoices } from './partyChoices';
import { ProblemSummary } from './ProblemSummary';

/** Edit the shared goals: what was agreed, with whom, and how each stands. */
export function GoalsForm({ journalCase, onSaved, onCancel, onRestored, onDirtyChange }: PanelProps) {
  const { t } = useTranslation();
  const defaultValues = useMemo(() => ({ goals: journalCase.goals.map(draftFromGoal) }), [journalCase.goals]);
  const schema = useMemo(
    () => goalsSchema(journalCase.id, new Set(journalCase.parties.map((party) => party.id))),
    [journalCase],
  );
  const choices = usePartyChoices(journalCase.parties);
  const saving = useContractMutation('updateCase', {
    onSuccess: (updated) => onSaved(updated, t('cases.saved.goals')),
  });
  const { form, formRef, onSubmit, busy, serverError, forgetAttempt } = useContractForm({
    schema,
    defaultValues,
    mutation: saving,
    problemOf: caseProblemOf,
    onDirtyChange,
  });
  const [goals, changeGoals] = useListField(form.control, 'goals', forgetAttempt);
  const { errors } = form.formState;

  return (
    <InlinePanel title={t('cases.goals.editTitle')} className="cases-panel-wide" level={3}>
      <form ref={formRef} onSubmit={onSubmit} noValidate>
        <GoalsEditor goals={goals} parties={choices} onChange={changeGoals} problems={rowProblems(errors, [], goals)} />
        <ProblemSummary count={errorCount(errors)} />
        {serverError && <DamagedFileNotice error={serverError} onRestored={onRestored} />}
        <FormActions submitLabel={t('cases.goals.save')} busy={busy} onCancel={onCancel} />
      </form>
    </InlinePanel>
  );
}
