import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { useContractMutation } from '../api/useContractMutation';
import { DamagedFileNotice } from '../components/DamagedFileNotice';
import { draftFromParty, goalsForParties, partyFromDraft, type PartyDraft } from './caseDrafts';
import { partyProblems } from './caseProblems';
import { focusFirstProblem } from './focusFirstProblem';
import { FormActions } from './FormActions';
import { InlinePanel } from '../ui/InlinePanel';
import type { PanelProps } from './panelProps';
import { PartiesEditor } from './PartiesEditor';
import { ProblemSummary } from './ProblemSummary';

/** Edit the people around the child; goals lose agreements with anyone removed. */
export function PartiesForm({ journalCase, onSaved, onCancel, onRestored, onDirtyChange }: PanelProps) {
  const { t } = useTranslation();
  const form = useRef<HTMLFormElement>(null);
  const initial = useMemo(() => journalCase.parties.map(draftFromParty), [journalCase.parties]);
  const [parties, setParties] = useState<PartyDraft[]>(initial);
  const [attempted, setAttempted] = useState(false);
  // Main works out which parties the reflections name: the case screen never holds their text.
  const inUse = useMemo(() => new Set(journalCase.partiesInUse), [journalCase.partiesInUse]);
  const saving = useContractMutation('updateCase', {
    onSuccess: (updated) => onSaved(updated, t('cases.saved.parties')),
  });
  const problems = partyProblems(parties);
  const dirty = JSON.stringify(parties) !== JSON.stringify(initial);

  useEffect(() => onDirtyChange(dirty), [dirty, onDirtyChange]);

  function onSubmit(event: FormEvent): void {
    event.preventDefault();
    if (problems.size > 0) {
      flushSync(() => setAttempted(true));
      focusFirstProblem(form.current);
      return;
    }
    const saved = parties.map(partyFromDraft);
    saving.mutate({ caseId: journalCase.id, parties: saved, goals: goalsForParties(journalCase.goals, saved) });
  }

  return (
    <InlinePanel title={t('cases.parties.editTitle')} className="cases-panel-wide" level={3}>
      <form ref={form} onSubmit={onSubmit} noValidate>
        <PartiesEditor
          parties={parties}
          onChange={(next) => {
            if (next.length > parties.length) setAttempted(false);
            setParties(next);
          }}
          problems={attempted ? problems : new Map()}
          locked={inUse}
        />
        <ProblemSummary count={attempted ? problems.size : 0} />
        {saving.error && <DamagedFileNotice error={saving.error.shape} onRestored={onRestored} />}
        <FormActions submitLabel={t('cases.parties.save')} busy={saving.isPending} onCancel={onCancel} />
      </form>
    </InlinePanel>
  );
}
