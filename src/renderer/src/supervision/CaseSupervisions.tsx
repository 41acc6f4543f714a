import { skipToken } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgreedAction, CaseSupervision } from '../../../shared/domain/supervision';
import type { CaseOverview } from '../../../shared/journal/caseOverview';
import { useContractQuery } from '../api/useContractQuery';
import { formatCalendarDate } from '../cases/dates';
import { useNavigation } from '../navigation/NavigationContext';
import { PanelToggle } from '../ui/PanelToggle';
import { useReturnFocus } from '../ui/useReturnFocus';
import { ActionUpdateForm } from './ActionUpdateForm';
import { StoredReturnedNotes } from './StoredReturnedNotes';
import { SupervisionForm } from './SupervisionForm';
import './supervision.css';

interface Props {
  journalCase: CaseOverview;
  onDirtyChange: (dirty: boolean) => void;
  /** The record to open at (`CaseSupervision.id`, from a search result): it takes focus. */
  openAt?: string | undefined;
  /** Opens the form at once with this brief ticked (from the export log). */
  recordBrief?: string | undefined;
}

type Panel = { kind: 'record' } | { kind: 'action'; actionId: string };

const recordPanel: Panel = { kind: 'record' };
const actionPanel = (actionId: string): Panel => ({ kind: 'action', actionId });

/**
 * The case's Supervision tab: record a supervision (of this case, and of others it touched), and
 * its history newest first — the other cases the meeting touched, what was discussed, the remarks
 * with who may read them, the notes sent back and each action agreed with what became of it.
 */
export function CaseSupervisions({ journalCase, onDirtyChange, openAt, recordBrief }: Props) {
  const { t, i18n } = useTranslation();
  const { navigate } = useNavigation();
  const titleId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const target = useRef<HTMLHeadingElement>(null);
  const [panel, setPanel] = useState<Panel | undefined>(recordBrief === undefined ? undefined : recordPanel);
  // Reading which other cases a meeting touched reads every case once: only asked when there is a meeting.
  const meetings =
    useContractQuery(
      'listSupervisionMeetings',
      (journalCase.supervisions ?? []).length > 0 ? { caseId: journalCase.id } : skipToken,
    ).data?.meetings ?? [];
  const [confirmation, setConfirmation] = useState('');
  const focus = useReturnFocus(heading);
  const date = (value: string) => formatCalendarDate(value, i18n.language);
  const parts = [...(journalCase.supervisions ?? [])].reverse();
  const found = openAt !== undefined && parts.some((part) => part.id === openAt);
  useEffect(() => {
    if (found) target.current?.focus();
  }, [found]);

  function close(): void {
    setPanel(undefined);
    onDirtyChange(false);
    focus.restore();
  }
  function open(next: Panel): void {
    focus.remember();
    setConfirmation('');
    setPanel(next);
  }
  const isOpen = (next: Panel) =>
    panel?.kind === next.kind &&
    (next.kind !== 'action' || (panel.kind === 'action' && panel.actionId === next.actionId));
  const toggle = (next: Panel) => (isOpen(next) ? close() : open(next));
  function done(message: string): void {
    setConfirmation(message);
    close();
  }

  function actionLine(action: AgreedAction): string {
    const when =
      action.due === undefined
        ? t('supervision.action.noDue')
        : t('supervision.action.due', { date: date(action.due) });
    return `${t(`supervision.action.statuses.${action.status}`)} · ${when}`;
  }

  function history(part: CaseSupervision) {
    return (
      <li key={part.id} className="supervision-part" data-opened={part.id === openAt ? true : undefined}>
        <h3 ref={part.id === openAt ? target : undefined} tabIndex={part.id === openAt ? -1 : undefined}>
          {t('supervision.history.heading', {
            date: date(part.heldOn),
            supervisor: part.supervisor,
            kind: t(`supervision.form.kinds.${part.kind}`),
          })}
        </h3>
        <OtherCases
          others={meetings.find((meeting) => meeting.supervisionId === part.supervisionId)?.others ?? []}
          onOpen={(caseId) => navigate({ screen: 'case', caseId, tab: 'supervision' })}
        />
        {part.discussed !== undefined && (
          <p>
            <strong>{t('supervision.history.discussed')}: </strong>
            {part.discussed}
          </p>
        )}
        {part.remarks !== undefined && (
          <p>
            <strong>{t('supervision.history.remarks')}: </strong>
            {part.remarks}
          </p>
        )}
        {(part.discussed !== undefined || part.remarks !== undefined) && (
          <p className="help">
            {t('supervision.history.readBy', { visibility: t(`taxonomy.sectionVisibilities.${part.visibility}`) })}
          </p>
        )}
        {part.returned.map((returned) => (
          <StoredReturnedNotes
            key={`${returned.exportId}/${returned.importedAt}`}
            caseId={journalCase.id}
            returned={returned}
          />
        ))}
        {part.actions.length > 0 && (
          <ul className="supervision-actions" aria-label={t('supervision.form.actions')}>
            {part.actions.map((action) => {
              const next = actionPanel(action.id);
              return (
                <li key={action.id} data-status={action.status} data-testid="agreed-action">
                  <span className="supervision-action-what">{action.what}</span>{' '}
                  <span className="help">{actionLine(action)}</span>
                  {action.updates.length > 0 && (
                    <ul>
                      {action.updates.map((update) => (
                        <li key={update.recordedAt}>
                          {t('supervision.action.history', {
                            date: date(update.on),
                            status: t(`supervision.action.statuses.${update.status}`),
                          })}
                          {update.note === undefined ? '' : ` — ${update.note}`}
                        </li>
                      ))}
                    </ul>
                  )}
                  <PanelToggle expanded={isOpen(next)} onToggle={() => toggle(next)}>
                    {t('supervision.action.update')}
                  </PanelToggle>
                  {isOpen(next) && (
                    <ActionUpdateForm
                      caseId={journalCase.id}
                      part={part}
                      action={action}
                      onSaved={() => done(t('supervision.action.saved'))}
                      onCancel={close}
                    />
                  )}
                </li>
              );
            })}
          </ul>
        )}
      </li>
    );
  }

  return (
    <section className="supervision-tab" aria-labelledby={titleId}>
      <h2 id={titleId} ref={heading} tabIndex={-1}>
        {t('supervision.history.title')}
      </h2>
      <p className="help">{t('supervision.intro')}</p>
      <p className="confirmation" role="status">
        {confirmation}
      </p>
      <PanelToggle expanded={isOpen(recordPanel)} onToggle={() => toggle(recordPanel)}>
        {t('supervision.record')}
      </PanelToggle>
      {isOpen(recordPanel) && (
        <SupervisionForm
          caseId={journalCase.id}
          brief={recordBrief}
          onSaved={(saved) => done(t('supervision.form.savedIn', { count: saved.length }))}
          onCancel={close}
          onDirtyChange={onDirtyChange}
        />
      )}
      {parts.length === 0 ? (
        <p>{t('supervision.history.none')}</p>
      ) : (
        <ol className="supervision-history">{parts.map(history)}</ol>
      )}
    </section>
  );
}

/** The other cases a meeting touched, each a link to its Supervision tab. */
function OtherCases({
  others,
  onOpen,
}: {
  others: readonly { caseId: string; alias: string }[];
  onOpen: (caseId: string) => void;
}) {
  const { t } = useTranslation();
  if (others.length === 0) return null;
  return (
    <p className="supervision-others">
      {t('supervision.history.alsoDiscussed', { count: others.length })}{' '}
      {others.map((other, index) => (
        <span key={other.caseId}>
          {index > 0 && ', '}
          <button type="button" className="link-button" onClick={() => onOpen(other.caseId)}>
            {other.alias}
          </button>
        </span>
      ))}
    </p>
  );
}
