import { useEffect, useMemo } from 'react';
import { useController, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Case } from '../../../shared/domain/case';
import { phaseDeciders, phases, type Phase } from '../../../shared/domain/taxonomy';
import { useContractMutation } from '../api/useContractMutation';
import { DamagedFileNotice } from '../components/DamagedFileNotice';
import { DateField } from '../ui/form/DateField';
import { FormActions } from '../ui/form/FormActions';
import { FormField } from '../ui/form/FormField';
import { useContractForm } from '../ui/form/useContractForm';
import { changePhaseSchema, type NotBefore, type PhaseValues } from './caseFormSchemas';
import { caseProblemOf, type DateProblem } from './caseProblems';
import { formatCalendarDate, todayDate } from './dates';
import { InlinePanel } from '../ui/InlinePanel';
import type { PanelProps } from './panelProps';
import { PhaseHistory } from './PhaseHistory';

/** The phase after `current` in the usual order, which is what the user most often wants. */
function nextPhase(current: Phase): Phase {
  return phases[phases.indexOf(current) + 1] ?? phases.find((phase) => phase !== current) ?? current;
}

interface Props extends Omit<PanelProps, 'journalCase'> {
  journalCase: Pick<Case, 'id' | 'phase' | 'phaseHistory' | 'openedAt'>;
  /** The phase and day to offer at first: a reflection's, when the case follows the work. */
  proposed?: { phase: Phase; date: string };
}

/** Move the case to another phase, saying when, who decided and why; the history is listed below. */
export function ChangePhaseForm({ journalCase, proposed, onSaved, onCancel, onRestored, onDirtyChange }: Props) {
  const { t, i18n } = useTranslation();
  const saving = useContractMutation('changeCasePhase', {
    onSuccess: (updated) => onSaved(updated, t('cases.saved.phase', { phase: t(`taxonomy.phases.${updated.phase}`) })),
  });
  // Not before the last change, nor before the opening (the first change may predate it).
  const last = journalCase.phaseHistory.at(-1);
  const earliest: NotBefore =
    last === undefined || last.changedAt < journalCase.openedAt
      ? { date: journalCase.openedAt, problem: 'date-before-opening' }
      : { date: last.changedAt, problem: 'date-before-last-change' };
  const schema = useMemo(
    () => changePhaseSchema(journalCase.id, { date: earliest.date, problem: earliest.problem }),
    [journalCase.id, earliest.date, earliest.problem],
  );
  const today = todayDate();
  // The reflection's day when the history allows it (not before the last change, not ahead of today).
  const proposedDate =
    proposed !== undefined && proposed.date >= earliest.date && proposed.date <= today ? proposed.date : today;
  const defaultValues = useMemo<PhaseValues>(
    () => ({
      phase: proposed?.phase ?? nextPhase(journalCase.phase),
      changedAt: proposedDate,
      decidedBy: 'practitioner',
      reason: '',
    }),
    [journalCase.phase, proposed?.phase, proposedDate],
  );
  const { form, formRef, onSubmit, busy, serverError } = useContractForm({
    schema,
    defaultValues,
    mutation: saving,
    problemOf: caseProblemOf,
  });
  const changedAt = useController({ control: form.control, name: 'changedAt' });
  const fields = {
    phase: form.register('phase'),
    decidedBy: form.register('decidedBy'),
    reason: form.register('reason'),
  };
  const reason = useWatch({ control: form.control, name: 'reason' });
  const problem = form.formState.errors.changedAt?.message as DateProblem | undefined;

  // Only a typed reason is worth asking about before leaving.
  useEffect(() => onDirtyChange(reason.trim() !== ''), [reason, onDirtyChange]);

  return (
    <InlinePanel title={t('cases.phase.title')}>
      <p>{t('cases.phase.current', { phase: t(`taxonomy.phases.${journalCase.phase}`) })}</p>
      <form ref={formRef} onSubmit={onSubmit} noValidate>
        <div className="cases-row">
          <FormField label={t('cases.phase.newPhase')}>
            {(control) => (
              <select {...control} {...fields.phase} className="cases-select">
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
              problem === undefined
                ? undefined
                : t(`cases.problems.${problem}`, { date: formatCalendarDate(earliest.date, i18n.language) })
            }
            value={changedAt.field.value}
            onChange={changedAt.field.onChange}
          />
        </div>
        <fieldset className="cases-choices">
          <legend>{t('cases.phase.decidedBy')}</legend>
          {phaseDeciders.map((decider) => (
            <label key={decider} className="cases-choice">
              <input type="radio" {...fields.decidedBy} value={decider} />
              {t(`taxonomy.phaseDeciders.${decider}`)}
            </label>
          ))}
        </fieldset>
        <FormField label={t('cases.phase.reason')} help={t('cases.phase.reasonHelp')}>
          {(control) => <textarea {...control} {...fields.reason} className="text-input" rows={3} />}
        </FormField>
        {serverError && <DamagedFileNotice error={serverError} onRestored={onRestored} />}
        <FormActions submitLabel={t('cases.phase.save')} busy={busy} onCancel={onCancel} />
      </form>
      <h3 className="cases-panel-subheading">{t('cases.phase.historyTitle')}</h3>
      <PhaseHistory history={journalCase.phaseHistory} />
    </InlinePanel>
  );
}
