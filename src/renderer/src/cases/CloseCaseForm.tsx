import { useRef, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { useContractMutation } from '../api/useContractMutation';
import { DamagedFileNotice } from '../components/DamagedFileNotice';
import { dateProblem } from './caseProblems';
import { formatCalendarDate, todayDate } from './dates';
import { focusFirstProblem } from './focusFirstProblem';
import { FormActions } from './FormActions';
import { DateField } from './DateField';
import { InlinePanel } from '../ui/InlinePanel';
import type { PanelProps } from './panelProps';

/** Close the case on a date (today unless changed); it can be reopened later. */
export function CloseCaseForm({ journalCase, onSaved, onCancel, onRestored }: PanelProps) {
  const { t, i18n } = useTranslation();
  const form = useRef<HTMLFormElement>(null);
  const [closedAt, setClosedAt] = useState(todayDate);
  const [attempted, setAttempted] = useState(false);
  const saving = useContractMutation('setCaseStatus', {
    onSuccess: (updated) => onSaved(updated, t('cases.saved.closed')),
  });
  const problem = dateProblem(closedAt, { date: journalCase.openedAt, problem: 'date-before-opening' });

  function onSubmit(event: FormEvent): void {
    event.preventDefault();
    if (problem !== undefined) {
      flushSync(() => setAttempted(true));
      focusFirstProblem(form.current);
      return;
    }
    saving.mutate({ caseId: journalCase.id, status: 'closed', closedAt });
  }

  return (
    <InlinePanel title={t('cases.status.closeTitle')}>
      <p>{t('cases.status.closeExplain')}</p>
      <form ref={form} onSubmit={onSubmit} noValidate>
        <DateField
          label={t('cases.status.closedAt')}
          error={
            attempted && problem !== undefined
              ? t(`cases.problems.${problem}`, { date: formatCalendarDate(journalCase.openedAt, i18n.language) })
              : undefined
          }
          value={closedAt}
          onChange={setClosedAt}
          inputClassName="cases-date"
        />
        {saving.error && <DamagedFileNotice error={saving.error.shape} onRestored={onRestored} />}
        <FormActions submitLabel={t('cases.status.closeConfirm')} busy={saving.isPending} onCancel={onCancel} />
      </form>
    </InlinePanel>
  );
}
