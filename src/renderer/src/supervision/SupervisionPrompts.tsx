import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseWithEntries } from '../../../shared/domain/case';
import {
  openAgreedActions,
  type ActionStatus,
  type AgreedAction,
  type CaseSupervision,
} from '../../../shared/domain/supervision';
import { formatCalendarDate } from '../cases/dates';
import { ActionUpdateForm } from './ActionUpdateForm';
import './supervision.css';

interface Answering {
  actionId: string;
  status: ActionStatus;
}

/**
 * Over a new reflection, the case's actions agreed in supervision still open, each as a question
 * ("Agreed in supervision on 3 Nov: meet each adult separately. Did it happen? What followed?")
 * with quick answers; an answer updates the action, "Not yet" only sets it aside for now.
 */
export function SupervisionPrompts({ journalCase }: { journalCase: CaseWithEntries }) {
  const { t, i18n } = useTranslation();
  const titleId = useId();
  const [answering, setAnswering] = useState<Answering | undefined>();
  const [setAside, setSetAside] = useState<ReadonlySet<string>>(new Set());
  const [confirmation, setConfirmation] = useState('');
  const open = openAgreedActions(journalCase.supervisions).filter(({ action }) => !setAside.has(action.id));
  if (open.length === 0 && confirmation === '') return null;

  const question = (part: CaseSupervision, action: AgreedAction) =>
    t('supervision.prompt.question', {
      date: formatCalendarDate(part.heldOn, i18n.language),
      what: action.what,
    });

  return (
    <section className="supervision-prompts callout" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('supervision.prompt.title')}</h2>
      <p className="confirmation" role="status">
        {confirmation}
      </p>
      <ul>
        {open.map(({ part, action }) => (
          <li key={action.id} data-testid="supervision-prompt">
            <p>{question(part, action)}</p>
            {answering?.actionId === action.id ? (
              <ActionUpdateForm
                caseId={journalCase.id}
                part={part}
                action={action}
                initialStatus={answering.status}
                title={question(part, action)}
                onSaved={(saved) => {
                  const status = saved.actions.find((each) => each.id === action.id)?.status ?? answering.status;
                  setConfirmation(
                    t('supervision.prompt.saved', {
                      what: action.what,
                      status: t(`supervision.action.statuses.${status}`).toLocaleLowerCase(i18n.language),
                    }),
                  );
                  setAnswering(undefined);
                }}
                onCancel={() => setAnswering(undefined)}
              />
            ) : (
              <div className="supervision-prompt-answers">
                <button type="button" onClick={() => setAnswering({ actionId: action.id, status: 'done' })}>
                  {t('supervision.prompt.done')}
                </button>
                <button type="button" onClick={() => setAnswering({ actionId: action.id, status: 'dropped' })}>
                  {t('supervision.prompt.dropped')}
                </button>
                <button type="button" onClick={() => setSetAside((current) => new Set([...current, action.id]))}>
                  {t('supervision.prompt.notYet')}
                </button>
              </div>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
