import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DecidedWarning } from '../../../shared/alliance/decidedWarnings';
import { sources } from '../../../shared/alliance/sources';
import { useContractMutation } from '../api/useContractMutation';
import { formatCalendarDate } from '../cases/dates';
import { FormField } from '../ui/form/FormField';
import { ErrorMessage } from '../components/ErrorMessage';
import { citation, warningExplanation, type WarningContext } from './warningText';

interface Props {
  caseId: string;
  decided: DecidedWarning;
  nameOf: WarningContext['nameOf'];
  onOpenSession: (entryId: string) => void;
}

/**
 * One warning: its rule in plain words, the sessions and numbers behind it, why it is shown (what
 * it is not, the studies, strategies and repair steps to consider), and what the practitioner
 * decided. A dismissal needs a note; every decision is kept with the case.
 */
export function WarningCard({ caseId, decided, nameOf, onOpenSession }: Props) {
  const { t, i18n } = useTranslation();
  const { warning, status, decision } = decided;
  const titleId = useId();
  const [dismissing, setDismissing] = useState(false);
  const [note, setNote] = useState('');
  const [attempted, setAttempted] = useState(false);
  const deciding = useContractMutation('decideWarning', { onSuccess: () => setDismissing(false) });
  const level = t(`alliance.levels.${warning.level}`);
  const name = t(`alliance.rules.${warning.rule}.name`);
  const explanation = warningExplanation(warning, { t, language: i18n.language, nameOf });
  const decide = (kind: 'dismissed' | 'taken-to-supervision' | 'reopened', text?: string) =>
    deciding.mutate({
      caseId,
      warningId: warning.id,
      kind,
      ...(text === undefined ? {} : { note: text }),
      noteVisibility: 'private',
    });

  function onDismiss(event: FormEvent): void {
    event.preventDefault();
    setAttempted(true);
    if (note.trim() !== '') decide('dismissed', note.trim());
  }

  return (
    <article className={`warning-card warning-${status}`} aria-labelledby={titleId}>
      <h3 id={titleId} className="warning-title">
        {/* Some levels are named like their rule ("Perception gap"): the badge is not said twice. */}
        {level !== name && (
          <>
            <span className="badge warning-level">{level}</span>{' '}
          </>
        )}
        {name}
      </h3>
      <p>{explanation}</p>
      {warning.sessions.length > 0 && (
        <p className="warning-sessions">
          {t('alliance.panel.sessions')}{' '}
          {warning.sessions.map((session, index) => (
            <span key={session.entryId}>
              {index > 0 && ', '}
              <button type="button" className="link-button" onClick={() => onOpenSession(session.entryId)}>
                {formatCalendarDate(session.date, i18n.language)}
              </button>
            </span>
          ))}
        </p>
      )}
      <details className="warning-why">
        <summary>{t('alliance.why.title')}</summary>
        <p>{t(`alliance.rules.${warning.rule}.notThis`)}</p>
        <h4>{t('alliance.why.suggestions')}</h4>
        <ul>
          {warning.suggestions.strategies.map((strategy) => (
            <li key={strategy}>{t(`taxonomy.strategies.${strategy}`)}</li>
          ))}
        </ul>
        <h4>{t('alliance.why.steps')}</h4>
        <ol>
          {warning.suggestions.repairSteps.map((step) => (
            <li key={step}>{t(`taxonomy.repairSteps.${step}`)}</li>
          ))}
        </ol>
        <h4>{t('alliance.why.source')}</h4>
        <ul className="warning-sources">
          {warning.sources.map((id) => (
            <li key={id}>{citation(sources[id])}</li>
          ))}
        </ul>
      </details>
      {status !== 'active' && decision !== undefined && (
        <p className="warning-decision">
          {t(`alliance.panel.status.${status}`, {
            date: formatCalendarDate(decision.decidedAt.slice(0, 10), i18n.language),
          })}
          {decision.note !== undefined && ` — ${decision.note}`}
        </p>
      )}
      {deciding.error && <ErrorMessage error={deciding.error.shape} />}
      {status === 'active' && !dismissing && (
        <div className="actions">
          <button type="button" disabled={deciding.isPending} onClick={() => decide('taken-to-supervision')}>
            {t('alliance.actions.supervision')}
          </button>
          <button type="button" onClick={() => setDismissing(true)}>
            {t('alliance.actions.dismiss')}
          </button>
        </div>
      )}
      {status === 'active' && dismissing && (
        <form onSubmit={onDismiss} noValidate>
          <FormField
            label={t('alliance.actions.dismissNote')}
            error={attempted && note.trim() === '' ? t('alliance.panel.noteRequired') : undefined}
          >
            {(control) => (
              <textarea
                {...control}
                className="text-input"
                rows={2}
                value={note}
                onChange={(event) => setNote(event.target.value)}
              />
            )}
          </FormField>
          <div className="actions">
            <button type="submit" className="primary" disabled={deciding.isPending}>
              {t('alliance.panel.dismissConfirm')}
            </button>
            <button type="button" onClick={() => setDismissing(false)}>
              {t('cases.form.cancel')}
            </button>
          </div>
        </form>
      )}
      {status !== 'active' && (
        <button type="button" className="link-button" disabled={deciding.isPending} onClick={() => decide('reopened')}>
          {t('alliance.panel.reopen')}
        </button>
      )}
    </article>
  );
}
