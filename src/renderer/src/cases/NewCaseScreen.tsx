import { useMemo, useRef, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { phases, type Phase } from '../../../shared/domain/taxonomy';
import { useContractMutation } from '../api/useContractMutation';
import { DamagedFileNotice } from '../components/DamagedFileNotice';
import { useJournal } from '../journal/useJournal';
import { useNavigation } from '../navigation/NavigationContext';
import { CaseIdentityFields, type CaseIdentity } from './CaseIdentityFields';
import {
  goalFromDraft,
  isBlankGoal,
  isBlankParty,
  partyFromDraft,
  type GoalDraft,
  type PartyDraft,
} from './caseDrafts';
import { aliasProblem, dateProblem, goalProblems, partyProblems, type Problem } from './caseProblems';
import { todayDate } from './dates';
import { focusFirstProblem } from './focusFirstProblem';
import { DateField } from './DateField';
import { FormField } from './FormField';
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
  const form = useRef<HTMLFormElement>(null);
  const [identity, setIdentity] = useState<CaseIdentity>({ alias: '', reference: '', program: '' });
  const [phase, setPhase] = useState<Phase>('start');
  const [openedAt, setOpenedAt] = useState(todayDate);
  const [parties, setParties] = useState<PartyDraft[]>([]);
  const [goals, setGoals] = useState<GoalDraft[]>([]);
  const [attempted, setAttempted] = useState(false);
  const partyChoices = usePartyChoices(parties);

  const dirty =
    identity.alias.trim() !== '' ||
    identity.reference.trim() !== '' ||
    identity.program.trim() !== '' ||
    parties.some((party) => !isBlankParty(party)) ||
    goals.some((goal) => !isBlankGoal(goal));
  const release = useUnsavedGuard(dirty, t('cases.form.leaveQuestion'));
  const saving = useContractMutation('createCase', {
    onSuccess: (created) => {
      release();
      navigate({ screen: 'case', caseId: created.id });
    },
  });

  const otherAliases = useMemo(() => (journal.cases ?? []).map((summary) => summary.alias), [journal.cases]);
  const problems = {
    alias: aliasProblem(identity.alias, otherAliases),
    openedAt: dateProblem(openedAt),
    items: new Map([...partyProblems(parties), ...goalProblems(goals)]),
  };
  const problemCount = (problems.alias ? 1 : 0) + (problems.openedAt ? 1 : 0) + problems.items.size;
  const shown = attempted ? problems : { alias: undefined, openedAt: undefined, items: new Map<string, Problem>() };

  // A row just added is not a mistake yet: problems show again on the next try to save.
  function changeParties(next: PartyDraft[]): void {
    if (next.length > parties.length) setAttempted(false);
    setParties(next);
  }

  function changeGoals(next: GoalDraft[]): void {
    if (next.length > goals.length) setAttempted(false);
    setGoals(next);
  }

  function onSubmit(event: FormEvent): void {
    event.preventDefault();
    if (problemCount > 0) {
      flushSync(() => setAttempted(true));
      focusFirstProblem(form.current);
      return;
    }
    const partyIds = new Set(parties.map((party) => party.id));
    const reference = identity.reference.trim();
    const program = identity.program.trim();
    saving.mutate({
      alias: identity.alias.trim(),
      ...(reference === '' ? {} : { reference }),
      ...(program === '' ? {} : { program }),
      phase,
      openedAt,
      parties: parties.map(partyFromDraft),
      goals: goals.map((goal) => goalFromDraft(goal, partyIds)),
    });
  }

  return (
    <section className="screen cases-screen" aria-labelledby="new-case-title">
      <h1 id="new-case-title">{t('cases.form.newTitle')}</h1>
      <p className="lead">{t('cases.form.newIntro')}</p>
      <form ref={form} onSubmit={onSubmit} noValidate>
        <CaseIdentityFields value={identity} onChange={setIdentity} aliasProblem={shown.alias} autoFocus />
        <div className="cases-row">
          <FormField label={t('cases.form.phase')} help={t('cases.form.phaseHelp')}>
            {(control) => (
              <select
                {...control}
                className="cases-select"
                value={phase}
                onChange={(event) => setPhase(event.target.value as Phase)}
              >
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
            error={shown.openedAt === undefined ? undefined : t(`cases.problems.${shown.openedAt}`)}
            value={openedAt}
            onChange={setOpenedAt}
          />
        </div>

        <section className="cases-form-section" aria-labelledby="new-case-parties">
          <h2 id="new-case-parties">{t('cases.parties.title')}</h2>
          <p className="help">{t('cases.parties.intro')}</p>
          <PartiesEditor parties={parties} onChange={changeParties} problems={shown.items} />
        </section>

        <section className="cases-form-section" aria-labelledby="new-case-goals">
          <h2 id="new-case-goals">{t('cases.goals.title')}</h2>
          <p className="help">{t('cases.goals.intro')}</p>
          <GoalsEditor goals={goals} parties={partyChoices} onChange={changeGoals} problems={shown.items} />
        </section>

        <ProblemSummary count={attempted ? problemCount : 0} />
        {saving.error && <DamagedFileNotice error={saving.error.shape} />}
        <div className="actions cases-form-actions">
          <button type="submit" className="primary" disabled={saving.isPending}>
            {saving.isPending ? t('cases.form.creating') : t('cases.form.create')}
          </button>
          <button type="button" onClick={() => navigate({ screen: 'home' })}>
            {t('cases.form.cancel')}
          </button>
        </div>
      </form>
    </section>
  );
}
