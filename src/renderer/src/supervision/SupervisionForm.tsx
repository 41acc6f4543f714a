import { useId, useMemo, useState } from 'react';
import { useController } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { CaseSupervision } from '../../../shared/domain/supervision';
import { supervisionKinds } from '../../../shared/domain/supervision';
import { useContractMutation } from '../api/useContractMutation';
import { todayDate } from '../cases/dates';
import { DamagedFileNotice } from '../components/DamagedFileNotice';
import { useJournal } from '../journal/useJournal';
import { DateField } from '../ui/form/DateField';
import { FormActions } from '../ui/form/FormActions';
import { FormField } from '../ui/form/FormField';
import { RadioChoice } from '../ui/form/RadioChoice';
import { SelectField } from '../ui/form/SelectField';
import { useContractForm } from '../ui/form/useContractForm';
import { useListField } from '../ui/form/useListField';
import { InlinePanel } from '../ui/InlinePanel';
import { SupervisionPartFields } from './SupervisionPartFields';
import { newPart, supervisionProblemOf, supervisionSchema, type SupervisionValues } from './supervisionFormSchema';

interface Props {
  /** The case the form opens with (from its Supervision tab); none from Home. */
  caseId?: string | undefined;
  /** A brief of that case ticked as discussed (from the export log). */
  brief?: string | undefined;
  /** Each case's part as saved, in the form's order. */
  onSaved: (saved: { caseId: string; part: CaseSupervision }[]) => void;
  onCancel: () => void;
  onDirtyChange?: (dirty: boolean) => void;
  /** 3 inside a case's tab, 2 on a screen of its own. */
  level?: 2 | 3;
}

/**
 * One supervision — when, with whom, individual or group — and the part of each case it touched:
 * the briefs discussed, what was discussed of the case, the remarks, the actions agreed, the notes
 * sent back. Saved in every case or in none.
 */
export function SupervisionForm({ caseId, brief, onSaved, onCancel, onDirtyChange, level = 3 }: Props) {
  const { t } = useTranslation();
  const { cases } = useJournal();
  const casesTitleId = useId();
  const today = todayDate();
  const schema = useMemo(() => supervisionSchema(today), [today]);
  const defaultValues = useMemo<SupervisionValues>(
    () => ({
      heldOn: today,
      supervisor: '',
      kind: 'individual',
      parts: caseId === undefined ? [] : [newPart(caseId, brief === undefined ? [] : [brief])],
    }),
    [today, caseId, brief],
  );
  const saving = useContractMutation('recordSupervisionMeeting', {
    onSuccess: ({ parts }, request) =>
      onSaved(parts.map((part, index) => ({ caseId: request.parts[index]?.caseId ?? '', part }))),
  });
  const { form, formRef, onSubmit, busy, serverError, forgetAttempt } = useContractForm({
    schema,
    defaultValues,
    mutation: saving,
    problemOf: supervisionProblemOf,
    ...(onDirtyChange === undefined ? {} : { onDirtyChange }),
  });
  const { errors } = form.formState;
  const problem = (message: string | undefined) =>
    message === undefined ? undefined : t(`supervision.problems.${message}` as 'supervision.problems.field-invalid');
  const heldOn = useController({ control: form.control, name: 'heldOn' });
  const kind = useController({ control: form.control, name: 'kind' });
  const [parts, changeParts] = useListField(form.control, 'parts', forgetAttempt);
  const supervisor = form.register('supervisor');
  const aliasOf = (id: string) => cases?.find((summary) => summary.id === id)?.alias ?? '';
  // Open cases can be added; a case already in the form, or the one it opened with, is not offered again.
  const addable = (cases ?? []).filter(
    (summary) => summary.status === 'open' && !parts.some((part) => part.caseId === summary.id),
  );
  const [adding, setAdding] = useState('');
  const chosen = addable.some((summary) => summary.id === adding) ? adding : (addable[0]?.id ?? '');
  const casesProblem = problem(errors.parts?.message ?? errors.parts?.root?.message);

  return (
    <InlinePanel title={t('supervision.form.title')} className="cases-panel-wide" level={level}>
      <form ref={formRef} onSubmit={onSubmit} noValidate>
        <DateField
          label={t('supervision.form.heldOn')}
          value={heldOn.field.value}
          onChange={heldOn.field.onChange}
          error={problem(errors.heldOn?.message)}
          inputClassName="cases-date"
        />
        <FormField
          label={t('supervision.form.supervisor')}
          help={t('supervision.form.supervisorHelp')}
          error={problem(errors.supervisor?.message)}
        >
          {(control) => <input {...control} {...supervisor} className="text-input" autoComplete="off" />}
        </FormField>
        <RadioChoice
          legend={t('supervision.form.kind')}
          options={supervisionKinds.map((value) => ({ value, label: t(`supervision.form.kinds.${value}`) }))}
          value={kind.field.value}
          onChange={kind.field.onChange}
        />
        <section className="supervision-cases" aria-labelledby={casesTitleId}>
          <h4 id={casesTitleId}>{t('supervision.form.cases')}</h4>
          <p className="help">{t('supervision.form.casesHelp')}</p>
          {parts.map((part, index) => (
            <SupervisionPartFields
              key={part.caseId}
              form={form}
              index={index}
              caseId={part.caseId}
              alias={aliasOf(part.caseId)}
              onRemove={
                parts.length > 1 ? () => changeParts(parts.filter((each) => each.caseId !== part.caseId)) : undefined
              }
              forgetAttempt={forgetAttempt}
              problem={problem}
            />
          ))}
          {casesProblem !== undefined && (
            <p className="error" role="alert" tabIndex={-1} data-form-problem>
              {casesProblem}
            </p>
          )}
          {addable.length > 0 && (
            <div className="supervision-add-case">
              <SelectField label={t('supervision.form.addCaseLabel')} value={chosen} onChange={setAdding}>
                {addable.map((summary) => (
                  <option key={summary.id} value={summary.id}>
                    {summary.alias}
                  </option>
                ))}
              </SelectField>
              <button type="button" onClick={() => changeParts([...parts, newPart(chosen)])}>
                {t('supervision.form.addCase')}
              </button>
            </div>
          )}
        </section>
        {serverError && <DamagedFileNotice error={serverError} />}
        <FormActions submitLabel={t('supervision.form.save')} busy={busy} onCancel={onCancel} />
      </form>
    </InlinePanel>
  );
}
