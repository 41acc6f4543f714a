import { useTranslation } from 'react-i18next';
import { PanelToggle } from '../ui/PanelToggle';
import type { CasePanel } from './casePanels';
import { formatCalendarDate } from './dates';
import { GoalList } from './GoalList';
import { GoalsForm } from './GoalsForm';
import type { PanelProps } from './panelProps';
import { PartiesForm } from './PartiesForm';
import { PartyList } from './PartyList';
import { PhaseHistory } from './PhaseHistory';

interface Props extends PanelProps {
  panel: CasePanel | undefined;
  onToggle: (panel: CasePanel) => void;
}

/** The Details tab: the case's facts, its phase history, its people and its shared goals. */
export function CaseDetails({ panel, onToggle, ...panelProps }: Props) {
  const { t, i18n } = useTranslation();
  const { journalCase } = panelProps;
  const editable = journalCase.status !== 'archived';
  const none = t('cases.details.none');
  return (
    <div className="case-details">
      <section aria-labelledby="case-about">
        <h2 id="case-about">{t('cases.details.title')}</h2>
        <dl className="facts">
          <dt>{t('cases.details.reference')}</dt>
          <dd>{journalCase.reference?.trim() || none}</dd>
          <dt>{t('cases.details.program')}</dt>
          <dd>{journalCase.program?.trim() || none}</dd>
          <dt>{t('cases.header.openedAt')}</dt>
          <dd>{formatCalendarDate(journalCase.openedAt, i18n.language)}</dd>
          {journalCase.closedAt !== undefined && (
            <>
              <dt>{t('cases.header.closedAt')}</dt>
              <dd>{formatCalendarDate(journalCase.closedAt, i18n.language)}</dd>
            </>
          )}
        </dl>
      </section>

      <section aria-labelledby="case-phase-history">
        <h2 id="case-phase-history">{t('cases.phase.historyTitle')}</h2>
        <PhaseHistory history={journalCase.phaseHistory} />
      </section>

      <section aria-labelledby="case-parties">
        <div className="case-section-heading">
          <h2 id="case-parties">{t('cases.parties.title')}</h2>
          {editable && (
            <PanelToggle expanded={panel === 'parties'} onToggle={() => onToggle('parties')}>
              {journalCase.parties.length === 0 ? t('cases.parties.addPeople') : t('cases.parties.edit')}
            </PanelToggle>
          )}
        </div>
        {panel === 'parties' ? <PartiesForm {...panelProps} /> : <PartyList parties={journalCase.parties} />}
      </section>

      <section aria-labelledby="case-goals">
        <div className="case-section-heading">
          <h2 id="case-goals">{t('cases.goals.title')}</h2>
          {editable && (
            <PanelToggle expanded={panel === 'goals'} onToggle={() => onToggle('goals')}>
              {journalCase.goals.length === 0 ? t('cases.goals.addGoals') : t('cases.goals.edit')}
            </PanelToggle>
          )}
        </div>
        {panel === 'goals' ? (
          <GoalsForm {...panelProps} />
        ) : (
          <GoalList goals={journalCase.goals} parties={journalCase.parties} />
        )}
      </section>
    </div>
  );
}
