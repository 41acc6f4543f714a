import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { useContractMutation } from '../api/useContractMutation';
import { DamagedFileNotice } from '../components/DamagedFileNotice';
import { draftFromGoal, goalFromDraft, type GoalDraft } from './caseDrafts';
import { goalProblems } from './caseProblems';
import { focusFirstProblem } from './focusFirstProblem';
import { FormActions } from './FormActions';
import { GoalsEditor } from './GoalsEditor';
import { InlinePanel } from '../ui/InlinePanel';
import type { PanelProps } from './panelProps';
import { usePartyChoices } from './partyChoices';
import { ProblemSummary } from './ProblemSummary';

/** Edit the shared goals: what was agreed, with whom, and how each stands. */
export function GoalsForm({ journalCase, onSaved, onCancel, onRestored, onDirtyChange }: PanelProps) {
  const { t } = useTranslation();
  const form = useRef<HTMLFormElement>(null);
  const initial = useMemo(() => journalCase.goals.map(draftFromGoal), [journalCase.goals]);
  const [goals, setGoals] = useState<GoalDraft[]>(initial);
  const [attempted, setAttempted] = useState(false);
  const choices = usePartyChoices(journalCase.parties);
  const saving = useContractMutation('updateCase', {
    onSuccess: (updated) => onSaved(updated, t('cases.saved.goals')),
  });
  const problems = goalProblems(goals);
  const dirty = JSON.stringify(goals) !== JSON.stringify(initial);

  useEffect(() => onDirtyChange(dirty), [dirty, onDirtyChange]);

  function onSubmit(event: FormEvent): void {
    event.preventDefault();
    if (problems.size > 0) {
      flushSync(() => setAttempted(true));
      focusFirstProblem(form.current);
      return;
    }
    const partyIds = new Set(journalCase.parties.map((party) => party.id));
    saving.mutate({ caseId: journalCase.id, goals: goals.map((goal) => goalFromDraft(goal, partyIds)) });
  }

  return (
    <InlinePanel title={t('cases.goals.editTitle')} className="cases-panel-wide" level={3}>
      <form ref={form} onSubmit={onSubmit} noValidate>
        <GoalsEditor
          goals={goals}
          parties={choices}
          onChange={(next) => {
            if (next.length > goals.length) setAttempted(false);
            setGoals(next);
          }}
          problems={attempted ? problems : new Map()}
        />
        <ProblemSummary count={attempted ? problems.size : 0} />
        {saving.error && <DamagedFileNotice error={saving.error.shape} onRestored={onRestored} />}
        <FormActions submitLabel={t('cases.goals.save')} busy={saving.isPending} onCancel={onCancel} />
      </form>
    </InlinePanel>
  );
}
