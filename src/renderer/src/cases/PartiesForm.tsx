import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useContractMutation } from '../api/useContractMutation';
import { DamagedFileNotice } from '../components/DamagedFileNotice';
import { errorCount } from '../ui/form/errorCount';
import { FormActions } from '../ui/form/FormActions';
import { useContractForm } from '../ui/form/useContractForm';
import { useListField } from '../ui/form/useListField';
import { draftFromParty } from './caseDrafts';
import { partiesSchema } from './caseFormSchemas';
import { caseProblemOf, rowProblems } from './caseProblems';
import { InlinePanel } from '../ui/InlinePanel';
import type { PanelProps } from './panelProps';
import { PartiesEditor } from './PartiesEditor';
import { ProblemSummary } from './ProblemSummary';

/** Edit the people around the child; goals lose agreements with anyone removed. */
export function PartiesForm({ journalCase, onSaved, onCancel, onRestored, onDirtyChange }: PanelProps) {
  const { t } = useTranslation();
  const defaultValues = useMemo(() => ({ parties: journalCase.parties.map(draftFromParty) }), [journalCase.parties]);
  const schema = useMemo(() => partiesSchema(journalCase.id, journalCase.goals), [journalCase]);
  // Main works out which parties the reflections name: the case screen never holds their text.
  const inUse = useMemo(() => new Set(journalCase.partiesInUse), [journalCase.partiesInUse]);
  const saving = useContractMutation('updateCase', {
    onSuccess: (updated) => onSaved(updated, t('cases.saved.parties')),
  });
  const { form, formRef, onSubmit, busy, serverError, forgetAttempt } = useContractForm({
    schema,
    defaultValues,
    mutation: saving,
    problemOf: caseProblemOf,
    onDirtyChange,
  });
  const [parties, changeParties] = useListField(form.control, 'parties', forgetAttempt);
  const { errors } = form.formState;

  return (
    <InlinePanel title={t('cases.parties.editTitle')} className="cases-panel-wide" level={3}>
      <form ref={formRef} onSubmit={onSubmit} noValidate>
        <PartiesEditor
          parties={parties}
          onChange={changeParties}
          problems={rowProblems(errors, parties, [])}
          locked={inUse}
        />
        <ProblemSummary count={errorCount(errors)} />
        {serverError && <DamagedFileNotice error={serverError} onRestored={onRestored} />}
        <FormActions submitLabel={t('cases.parties.save')} busy={busy} onCancel={onCancel} />
      </form>
    </InlinePanel>
  );
}
