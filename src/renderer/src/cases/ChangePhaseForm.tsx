import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { phaseDeciders, phases, type Phase, type PhaseDecider } from '../../../shared/domain/taxonomy';
import { useContractMutation } from '../api/useContractMutation';
import { DamagedFileNotice } from '../components/DamagedFileNotice';
import { dateProblem } from './caseProblems';
import { formatCalendarDate, todayDate } from './dates';
import { focusFirstProblem } from './focusFirstProblem';
import { FormActions } from './FormActions';
import { DateField } from './DateField';
import { FormField } from './FormField';
import { InlinePanel } from '../ui/InlinePanel';
import type { PanelProps } from './panelProps';
import { PhaseHistory } from './PhaseHistory';

/** The phase after `current` in the usual order, which is what the user most often wants. */
function nextPhase(current: Phase): Phase {
  return phases[phases.indexOf(current) + 1] ?? phases.find((phase) => phase !== current) ?? current;
}

/** Move the case to another phase, saying when, who decided and why; the history is listed below. */
export function ChangePhaseForm({ journalCase, onSaved, onCancel, onRestored, onDirtyChange }: PanelProps) {
  const { t, i18n } = useTranslation();
  const deciderId = useId();
  const form = useRef<HTMLFormElement>(null);
  const [phase, setPhase] = useState<Phase>(() => nextPhase(journalCase.phase));
  const [changedAt, setChangedAt] = useState(todayDate);
  const [decidedBy, setDecidedBy] = useState<PhaseDecider>('practitioner');
  const [reason, setReason] = useState('');
  const [attempted, setAttempted] = useState(false);
  const saving = useContractMutation('changeCasePhase', {
    onSuccess: (updated) => onSaved(updated, t('cases.saved.phase', { phase: t(`taxonomy.phases.${updated.phase}`) })),
  });
  // Not before the last change, nor before the opening (the first change may predate it).
  const last = journalCase.phaseHistory.at(-1);
  const earliest =
    last === undefined || last.changedAt < journalCase.openedAt
      ? { date: journalCase.openedAt, problem: 'date-before-opening' as const }
      : { date: last.changedAt, problem: 'date-before-last-change' as const };
  const problem = dateProblem(changedAt, earliest);

  useEffect(() => onDirtyChange(reason.trim() !== ''), [reason, onDirtyChange]);

  function onSubmit(event: FormEvent): void {
    event.preventDefault();
    if (problem !== undefined) {
      flushSync(() => setAttempted(true));
      focusFirstProblem(form.current);
      return;
    }
    const why = reason.trim();
    saving.mutate({
      caseId: journalCase.id,
      phase,
      changedAt,
      decidedBy,
      ...(why === '' ? {} : { reason: why }),
    });
  }

  return (
    <InlinePanel title={t('cases.phase.title')}>
      <p>{t('cases.phase.current', { phase: t(`taxonomy.phases.${journalCase.phase}`) })}</p>
      <form ref={form} onSubmit={onSubmit} noValidate>
        <div className="cases-row">
          <FormField label={t('cases.phase.newPhase')}>
            {(control) => (
              <select
                {...control}
                className="cases-select"
                value={phase}
                onChange={(event) => setPhase(event.target.value as Phase)}
              >
                {phases
                  .filter((id) => id !== journalCase.phase)
                  .map((id) => (
                    <option key={id} value={id}>
                      {t(`taxonomy.phases.${id}`)}
                    </option>
                  ))}
              </select>
            )}
          </FormField>
          <DateField
            label={t('cases.phase.changedAt')}
            error={
              attempted && problem !== undefined
                ? t(`cases.problems.${problem}`, { date: formatCalendarDate(earliest.date, i18n.language) })
                : undefined
            }
            value={changedAt}
            onChange={setChangedAt}
          />
        </div>
        <fieldset className="cases-choices">
          <legend>{t('cases.phase.decidedBy')}</legend>
          {phaseDeciders.map((decider) => (
            <label key={decider} className="cases-choice">
              <input
                type="radio"
                name={deciderId}
                value={decider}
                checked={decidedBy === decider}
                onChange={() => setDecidedBy(decider)}
              />
              {t(`taxonomy.phaseDeciders.${decider}`)}
            </label>
          ))}
        </fieldset>
        <FormField label={t('cases.phase.reason')} help={t('cases.phase.reasonHelp')}>
          {(control) => (
            <textarea
              {...control}
              className="text-input"
              rows={3}
              value={reason}
              onChange={(event) => setReason(event.target.value)}
            />
          )}
        </FormField>
        {saving.error && <DamagedFileNotice error={saving.error.shape} onRestored={onRestored} />}
        <FormActions submitLabel={t('cases.phase.save')} busy={saving.isPending} onCancel={onCancel} />
      </form>
      <h3 className="cases-panel-subheading">{t('cases.phase.historyTitle')}</h3>
      <PhaseHistory history={journalCase.phaseHistory} />
    </InlinePanel>
  );
}
