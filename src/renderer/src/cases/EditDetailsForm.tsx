import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { useContractMutation } from '../api/useContractMutation';
import { DamagedFileNotice } from '../components/DamagedFileNotice';
import { useJournal } from '../journal/useJournal';
import { sessionPlanDraft, SessionPlanFields, sessionPlanOf } from '../attendance/SessionPlanFields';
import { CaseIdentityFields, type CaseIdentity } from './CaseIdentityFields';
import { aliasProblem } from './caseProblems';
import { focusFirstProblem } from './focusFirstProblem';
import { FormActions } from './FormActions';
import { InlinePanel } from '../ui/InlinePanel';
import type { PanelProps } from './panelProps';

/** Rename the case, or change its court file reference, programme and how often it plans to meet. */
export function EditDetailsForm({ journalCase, onSaved, onCancel, onRestored, onDirtyChange }: PanelProps) {
  const { t } = useTranslation();
  const journal = useJournal();
  const form = useRef<HTMLFormElement>(null);
  const initial: CaseIdentity = {
    alias: journalCase.alias,
    reference: journalCase.reference ?? '',
    program: journalCase.program ?? '',
  };
  const [identity, setIdentity] = useState(initial);
  const initialPlan = sessionPlanDraft(journalCase.sessionPlan);
  const [plan, setPlan] = useState(initialPlan);
  const sessionPlan = sessionPlanOf(plan);
  const [attempted, setAttempted] = useState(false);
  const saving = useContractMutation('updateCase', {
    onSuccess: (updated) => onSaved(updated, t('cases.saved.details')),
  });
  const otherAliases = useMemo(
    () => (journal.cases ?? []).filter((summary) => summary.id !== journalCase.id).map((summary) => summary.alias),
    [journal.cases, journalCase.id],
  );
  const problem = aliasProblem(identity.alias, otherAliases);
  const dirty =
    identity.alias !== initial.alias ||
    identity.reference !== initial.reference ||
    identity.program !== initial.program ||
    plan.frequency !== initialPlan.frequency ||
    plan.everyDays !== initialPlan.everyDays;

  useEffect(() => onDirtyChange(dirty), [dirty, onDirtyChange]);

  function onSubmit(event: FormEvent): void {
    event.preventDefault();
    if (problem !== undefined || sessionPlan === undefined) {
      flushSync(() => setAttempted(true));
      focusFirstProblem(form.current);
      return;
    }
    const reference = identity.reference.trim();
    const program = identity.program.trim();
    saving.mutate({
      caseId: journalCase.id,
      alias: identity.alias.trim(),
      reference: reference === '' ? null : reference,
      program: program === '' ? null : program,
      // Cleared only when there was one: a case that never had a plan is left as it was.
      ...(sessionPlan === null && journalCase.sessionPlan === undefined ? {} : { sessionPlan }),
    });
  }

  return (
    <InlinePanel title={t('cases.details.editTitle')}>
      <form ref={form} onSubmit={onSubmit} noValidate>
        <CaseIdentityFields value={identity} onChange={setIdentity} aliasProblem={attempted ? problem : undefined} />
        <SessionPlanFields value={plan} onChange={setPlan} showProblem={attempted} />
        {saving.error && <DamagedFileNotice error={saving.error.shape} onRestored={onRestored} />}
        <FormActions submitLabel={t('cases.details.save')} busy={saving.isPending} onCancel={onCancel} />
      </form>
    </InlinePanel>
  );
}
