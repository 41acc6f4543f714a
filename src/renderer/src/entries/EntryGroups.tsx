import { useTranslation } from 'react-i18next';
import type { Party } from '../../../shared/domain/party';
import { CheckboxList } from '../ui/form/CheckboxList';
import { Disclosure } from '../ui/Disclosure';
import type { EntryForm, FormProblem } from './entryForm';
import { FeelingsGroup } from './FeelingsGroup';
import { partyLabel } from './partyLabel';
import { PromptsGroup } from './PromptsGroup';
import { QuestionsGroup } from './QuestionsGroup';
import { RatingsGroup } from './RatingsGroup';
import { StrategiesGroup } from './StrategiesGroup';
import { TensionsGroup } from './TensionsGroup';
import { useItemFolds } from './useItemFolds';

export type Group = 'attendees' | 'prompts' | 'tensions' | 'strategies' | 'ratings' | 'feelings' | 'questions';

/**
 * The groups open at first: those that hold something, so a revision shows what it has, and in a
 * new reflection the common case (tensions, what I tried, the ratings), each a line or two while
 * empty.
 */
export function initiallyOpen(form: EntryForm, newReflection: boolean): Record<Group, boolean> {
  return {
    attendees: form.attendees.length > 0,
    prompts: form.promptAnswers.length > 0,
    tensions: newReflection || form.tensions.length > 0,
    strategies: newReflection || form.strategies.length > 0,
    ratings: newReflection || Object.keys(form.practitioner).length + Object.keys(form.caregiver).length > 0,
    feelings: form.feelings.length > 0 || form.feelingNote !== '',
    questions: form.questions.length > 0,
  };
}

interface Props {
  form: EntryForm;
  parties: readonly Party[];
  problems: readonly FormProblem[];
  open: Record<Group, boolean>;
  onOpenChange: (group: Group, open: boolean) => void;
  onChange: (patch: Partial<EntryForm>) => void;
  ratingIds: { practitioner: string; caregiver: string };
}

/** The optional parts of a reflection, each folded away until the practitioner opens it. */
export function EntryGroups({ form, parties, problems, open, onOpenChange, onChange, ratingIds }: Props) {
  const { t } = useTranslation();
  const folds = useItemFolds();
  const update = onChange;
  const toggle = (group: Group) => (isOpen: boolean) => onOpenChange(group, isOpen);
  const counted = (label: string, count: number) => (count === 0 ? label : t('entries.groupCount', { label, count }));
  const answered = form.promptAnswers.filter(
    (answer) => answer.skipped === true || (answer.answer ?? '').trim() !== '',
  );
  return (
    <div className="entry-groups">
      <Disclosure
        summary={counted(t('entries.groups.attendees'), form.attendees.length)}
        open={open.attendees}
        onToggle={toggle('attendees')}
      >
        <CheckboxList
          legend={t('entries.fields.attendees')}
          emptyText={t('entries.noParties')}
          options={parties.map((party) => ({ value: party.id, label: partyLabel(party, t) }))}
          values={form.attendees}
          onChange={(attendees) => update({ attendees })}
        />
      </Disclosure>
      <Disclosure
        summary={counted(t('entries.groups.prompts'), answered.length)}
        open={open.prompts}
        onToggle={toggle('prompts')}
      >
        <PromptsGroup
          phase={form.phase}
          answers={form.promptAnswers}
          onChange={(promptAnswers) => update({ promptAnswers })}
        />
      </Disclosure>
      <Disclosure
        summary={counted(t('entries.groups.tensions'), form.tensions.length)}
        open={open.tensions}
        onToggle={toggle('tensions')}
        testId="tensions-group"
      >
        <TensionsGroup
          phase={form.phase}
          tensions={form.tensions}
          parties={parties}
          onChange={(tensions) => update({ tensions })}
          folds={folds}
        />
      </Disclosure>
      <Disclosure
        summary={counted(t('entries.groups.strategies'), form.strategies.length)}
        open={open.strategies}
        onToggle={toggle('strategies')}
        testId="strategies-group"
      >
        <StrategiesGroup strategies={form.strategies} onChange={(strategies) => update({ strategies })} folds={folds} />
      </Disclosure>
      <Disclosure
        summary={t('entries.groups.ratings')}
        open={open.ratings}
        onToggle={toggle('ratings')}
        testId="ratings-group"
      >
        <RatingsGroup form={form} parties={parties} problems={problems} onChange={update} ids={ratingIds} />
      </Disclosure>
      <Disclosure
        summary={counted(t('entries.groups.feelings'), form.feelings.length)}
        open={open.feelings}
        onToggle={toggle('feelings')}
      >
        <FeelingsGroup form={form} onChange={update} />
      </Disclosure>
      <Disclosure
        summary={counted(
          t('entries.groups.questions'),
          form.questions.filter((question) => question.text.trim() !== '').length,
        )}
        open={open.questions}
        onToggle={toggle('questions')}
      >
        <QuestionsGroup questions={form.questions} onChange={(questions) => update({ questions })} />
      </Disclosure>
    </div>
  );
}
