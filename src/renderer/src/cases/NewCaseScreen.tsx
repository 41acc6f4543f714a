import { useMemo } from 'react';
import { useController, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { phases } from '../../../shared/domain/taxonomy';
import { useContractMutation } from '../api/useContractMutation';
import { DamagedFileNotice } from '../components/DamagedFileNotice';
import { useJournal } from '../journal/useJournal';
import { useNavigation } from '../navigation/NavigationContext';
import { DateField } from '../ui/form/DateField';
import { errorCount } from '../ui/form/errorCount';
import { FormField } from '../ui/form/FormField';
import { SubmitButton } from '../ui/form/SubmitButton';
import { useContractForm } from '../ui/form/useContractForm';
import { useListField } from '../ui/form/useListField';
import { CaseIdentityFields } from './CaseIdentityFields';
import { newCaseSchema, type NewCaseValues } from './caseFormSchemas';
import { caseProblemOf, rowProblems, type AliasProblem, type DateProblem } from './caseProblems';
import { todayDate } from './dates';
import { GoalsEditor } from './GoalsEditor';
import { PartiesEditor } from './PartiesEditor';
import { usePartyChoices } from './partyChoices';
import { ProblemSummary } from './ProblemSummary';
import { useUnsavedGuard } from './useUnsavedGuard';
import './cases.css';

/**
 * A new case. The minimum is an alias, a phase and the opening date (today unless changed);
 * parties and goals can be added here or later from the case.
 */
export function NewCaseScreen() {
  const { t } = useTranslation();
  const journal = useJournal();
  const { navigate } = useNavigation();
  const otherAliases = useMemo(() => (journal.cases ?? []).map((summary) => summary.alias), [journal.cases]);
  const schema = useMemo(() => newCaseSchema(otherAliases), [otherAliases]);
  const defaultValues = useMemo<NewCaseValues>(
    () => ({ alias: '', reference: '', program: '', phase: 'start', openedAt: todayDate(), parties: [], goals: [] }),
    [],
  );
  const saving = useContractMutation('createCase', {
    onSuccess: (created) => {
      release();
      navigate({ screen: 'case', caseId: created.id });
    },
  });
  const { form, formRef, onSubmit, busy, dirty, serverError, forgetAttempt } = useContractForm({
    schema,
    defaultValues,
    mutation: saving,
    problemOf: caseProblemOf,
  });
  const release = useUnsavedGuard(dirty, t('cases.form.leaveQuestion'));
  const { errors } = form.formState;
  const alias = useWatch({ control: form.control, name: 'alias' });
  const [parties, changeParties] = useListField(form.control, 'parties', forgetAttempt);
  const [goals, changeGoals] = useListField(form.control, 'goals', forgetAttempt);
  const openedAt = useController({ control: form.control, name: 'openedAt' });
  const phase = form.register('phase');
  const partyChoices = usePartyChoices(parties);
  const rows = rowProblems(errors, parties, goals);
  const openedAtProblem = errors.openedAt?.message as DateProblem | undefined;

  return (
    <section className="screen cases-screen" aria-labelledby="new-case-title">
      <h1 tabIndex={-1} id="new-case-title">
        {t('cases.form.newTitle')}
      </h1>
      <p className="lead">{t('cases.form.newIntro')}</p>
      <form ref={formRef} onSubmit={onSubmit} noValidate>
        <CaseIdentityFields
          register={form.register}
          alias={alias}
          aliasProblem={errors.alias?.message as AliasProblem | undefined}
          autoFocus
        />
        <div className="cases-row">
          <FormField label={t('cases.form.phase')} help={t('cases.form.phaseHelp')}>
            {(control) => (
              <select {...control} {...phase} className="cases-select">
                {phases.map((id) => (
                  <option key={id} value={id}>
                    {t(`taxonomy.phases.${id}`)}
                  </option>
                ))}
              </select>
            )}
          </FormField>
          <DateField
            label={t('cases.form.openedAt')}
            help={t('cases.form.openedAtHelp')}
            error={openedAtProblem === undefined ? undefined : t(`cases.problems.${openedAtProblem}`)}
            value={openedAt.field.value}
            onChange={openedAt.field.onChange}
          />
        </div>

        <section className="cases-form-section" aria-labelledby="new-case-parties">
          <h2 id="new-case-parties">{t('cases.parties.title')}</h2>
          <p className="help">{t('cases.parties.intro')}</p>
          <PartiesEditor parties={parties} onChange={changeParties} problems={rows} />
        </section>

        <section className="cases-form-section" aria-labelledby="new-case-goals">
          <h2 id="new-case-goals">{t('cases.goals.title')}</h2>
          <p className="help">{t('cases.goals.intro')}</p>
          <GoalsEditor goals={goals} parties={partyChoices} onChange={changeGoals} problems={rows} />
        </section>

        <ProblemSummary count={errorCount(errors)} />
        {serverError && <DamagedFileNotice error={serverError} />}
        <div className="actions cases-form-actions">
          <SubmitButton label={t('cases.form.create')} busyLabel={t('cases.form.creating')} busy={busy} />
          <button type="button" onClick={() => navigate({ screen: 'home' })}>
            {t('cases.form.cancel')}
          </button>
        </div>
      </form>
    </section>
  );
}
