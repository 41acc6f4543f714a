import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { Case } from '../../../shared/domain/case';
import type { CasePanel } from './casePanels';
import { ActionMenu, type MenuAction } from '../ui/ActionMenu';
import { PanelToggle } from '../ui/PanelToggle';
import { formatCalendarDate } from './dates';

interface Props {
  journalCase: Case;
  panel: CasePanel | undefined;
  titleId: string;
  headingRef: Ref<HTMLHeadingElement>;
  busy: boolean;
  onToggle: (panel: CasePanel) => void;
  onNewReflection: () => void;
  onPrepareBrief: () => void;
  onReopen: () => void;
}

/** The case's alias, where it stands, and what can be done with it in its current status. */
export function CaseHeader({
  journalCase,
  panel,
  titleId,
  headingRef,
  busy,
  onToggle,
  onNewReflection,
  onPrepareBrief,
  onReopen,
}: Props) {
  const { t, i18n } = useTranslation();
  const { status } = journalCase;
  // Closing and archiving end the work with a family: behind a menu, not beside "New reflection".
  const open = (chosen: CasePanel) => () => {
    if (panel !== chosen) onToggle(chosen);
  };
  const moreActions: MenuAction[] = [
    ...(status === 'open' ? [{ id: 'close', label: t('cases.header.close'), onSelect: open('close') }] : []),
    ...(status !== 'archived' ? [{ id: 'archive', label: t('cases.header.archive'), onSelect: open('archive') }] : []),
  ];
  return (
    <header className="case-header">
      <h1 id={titleId} ref={headingRef} tabIndex={-1}>
        {journalCase.alias}
      </h1>
      <dl className="case-summary">
        <div>
          <dt>{t('cases.header.phase')}</dt>
          <dd>{t(`taxonomy.phases.${journalCase.phase}`)}</dd>
        </div>
        <div>
          <dt>{t('cases.header.status')}</dt>
          <dd data-status={status}>{t(`taxonomy.caseStatuses.${status}`)}</dd>
        </div>
        <div>
          <dt>{t('cases.header.openedAt')}</dt>
          <dd>{formatCalendarDate(journalCase.openedAt, i18n.language)}</dd>
        </div>
        {journalCase.closedAt !== undefined && (
          <div>
            <dt>{t('cases.header.closedAt')}</dt>
            <dd>{formatCalendarDate(journalCase.closedAt, i18n.language)}</dd>
          </div>
        )}
      </dl>
      {status === 'archived' && <p className="cases-note">{t('cases.status.archivedNote')}</p>}
      <div className="actions case-actions">
        {status !== 'archived' && (
          <button type="button" className="primary" onClick={onNewReflection}>
            {t('cases.header.newReflection')}
          </button>
        )}
        <button type="button" onClick={onPrepareBrief}>
          {t('exports.prepareBrief')}
        </button>
        {status === 'open' && (
          <PanelToggle expanded={panel === 'phase'} onToggle={() => onToggle('phase')}>
            {t('cases.header.changePhase')}
          </PanelToggle>
        )}
        {status === 'open' && (
          <PanelToggle expanded={panel === 'attendance'} onToggle={() => onToggle('attendance')}>
            {t('cases.header.attendance')}
          </PanelToggle>
        )}
        {status !== 'archived' && (
          <PanelToggle expanded={panel === 'details'} onToggle={() => onToggle('details')}>
            {t('cases.header.editDetails')}
          </PanelToggle>
        )}
        {status !== 'open' && (
          <button type="button" disabled={busy} onClick={onReopen}>
            {t('cases.header.reopen')}
          </button>
        )}
        <ActionMenu label={t('cases.header.moreActions')} actions={moreActions} />
      </div>
    </header>
  );
}
