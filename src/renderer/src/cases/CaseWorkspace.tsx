import { useCallback, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Case } from '../../../shared/domain/case';
import type { CaseOverview } from '../../../shared/journal/caseOverview';
import { useQueryClient } from '@tanstack/react-query';
import { queryKeyOf } from '../api/queryKeys';
import { useContractMutation } from '../api/useContractMutation';
import { CaseWarnings } from '../alliance/CaseWarnings';
import { AttendanceForm } from '../attendance/AttendanceForm';
import { AllianceChart } from '../charts/AllianceChart';
import { CaseEcomap } from '../charts/CaseEcomap';
import { TensionMap } from '../charts/TensionMap';
import { DamagedFileNotice } from '../components/DamagedFileNotice';
import { CaseTimeline } from '../entries/CaseTimeline';
import { ExportLog } from '../exports/ExportLog';
import { GoalAttainment } from '../gas/GoalAttainment';
import { ReportsTab } from '../reports/ReportsTab';
import { CaseSupervisions } from '../supervision/CaseSupervisions';
import { useNavigation } from '../navigation/NavigationContext';
import { ArchiveCaseForm } from './ArchiveCaseForm';
import { CaseDetails } from './CaseDetails';
import { CaseHeader } from './CaseHeader';
import { detailsTabPanels, type CasePanel } from './casePanels';
import { ChangePhaseForm } from './ChangePhaseForm';
import { CloseCaseForm } from './CloseCaseForm';
import { EditDetailsForm } from './EditDetailsForm';
import type { PanelProps } from './panelProps';
import { Tabs, type TabDefinition } from '../ui/Tabs';
import { useReturnFocus } from '../ui/useReturnFocus';
import { useUnsavedGuard } from './useUnsavedGuard';

type CaseTab = 'timeline' | 'alliance' | 'supervision' | 'reports' | 'details';

const headerForms = {
  details: EditDetailsForm,
  phase: ChangePhaseForm,
  attendance: AttendanceForm,
  close: CloseCaseForm,
  archive: ArchiveCaseForm,
} as const;

interface Props {
  journalCase: CaseOverview;
  /** The tab to open on instead of the usual one. */
  initialTab?: CaseTab | undefined;
  /** The supervision record the Supervision tab opens at (a search result). */
  supervisionPart?: string | undefined;
  /** A brief whose supervision the Supervision tab opens to record (ticked). */
  recordBrief?: string | undefined;
}

/**
 * An open case: header and actions, one inline form at a time, then the Timeline, Court reports,
 * Alliance and Details tabs. Focus goes back to the button that opened a form once it closes.
 */
export function CaseWorkspace({ journalCase, initialTab, supervisionPart, recordBrief }: Props) {
  const { t } = useTranslation();
  const { navigate } = useNavigation();
  const client = useQueryClient();
  const caseId = journalCase.id;
  const titleId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const [tab, setTab] = useState<CaseTab>(initialTab ?? (journalCase.entries.length > 0 ? 'timeline' : 'details'));
  const [panel, setPanel] = useState<CasePanel | undefined>();
  const [dirty, setDirty] = useState(false);
  const [confirmation, setConfirmation] = useState('');
  // Each ask from the export log opens the Supervision tab's form afresh with its brief.
  const [supervisionAsk, setSupervisionAsk] = useState({ brief: recordBrief, times: 0 });
  const leaveQuestion = t('cases.form.leaveQuestion');
  useUnsavedGuard(dirty, leaveQuestion);

  const focus = useReturnFocus(heading);

  const mayDiscard = () => !dirty || window.confirm(leaveQuestion);

  function closePanel(): void {
    setPanel(undefined);
    setDirty(false);
    focus.restore();
  }

  function toggle(next: CasePanel): void {
    if (!mayDiscard()) return;
    if (panel === next) {
      closePanel();
      return;
    }
    focus.remember();
    setDirty(false);
    setConfirmation('');
    setPanel(next);
  }

  function selectTab(next: CaseTab): void {
    if (panel !== undefined && detailsTabPanels.includes(panel)) {
      if (!mayDiscard()) return;
      setPanel(undefined);
      setDirty(false);
    }
    setTab(next);
  }

  /**
   * The answer goes into the cached overview at once (its entries did not change), so the header
   * shows the new state before focus moves; the contract's stale reads then read the rest again.
   */
  function saved(updated: Case, text: string): void {
    client.setQueryData(queryKeyOf('getCaseOverview', { caseId }), (current) =>
      current === undefined ? current : { ...current, ...updated },
    );
    setConfirmation(text);
    closePanel();
  }

  const reopen = useContractMutation('setCaseStatus', {
    onSuccess: (updated) => {
      focus.forget();
      saved(updated, t('cases.saved.reopened'));
    },
  });

  const onDirtyChange = useCallback((value: boolean) => setDirty(value), []);
  function restored(): void {
    closePanel();
  }

  const panelProps: PanelProps = {
    journalCase,
    onSaved: saved,
    onCancel: closePanel,
    onRestored: restored,
    onDirtyChange,
  };
  const HeaderForm =
    panel !== undefined && panel in headerForms ? headerForms[panel as keyof typeof headerForms] : undefined;

  const tabs: TabDefinition<CaseTab>[] = [
    {
      id: 'timeline',
      label: t('cases.tabs.timeline'),
      render: () => (
        // Region owned by the reflections work: the case's entries over time.
        <CaseTimeline
          journalCase={journalCase}
          onOpenEntry={(entryId) => navigate({ screen: 'entry', caseId, entryId })}
        />
      ),
    },
    {
      id: 'reports',
      label: t('reports.tab'),
      // Region owned by the court-report work: the case's reports and a new one.
      render: () => <ReportsTab caseId={caseId} />,
    },
    {
      id: 'alliance',
      label: t('cases.tabs.alliance'),
      render: () => (
        // Region owned by the charts work: alliance ratings and where the tensions sit.
        <>
          <CaseWarnings
            journalCase={journalCase}
            onOpenSession={(entryId) => navigate({ screen: 'entry', caseId, entryId })}
          />
          <AllianceChart journalCase={journalCase} />
          <TensionMap journalCase={journalCase} />
          <CaseEcomap journalCase={journalCase} />
          <GoalAttainment journalCase={journalCase} />
        </>
      ),
    },
    {
      id: 'supervision',
      label: t('supervision.tab'),
      render: () => (
        <CaseSupervisions
          key={supervisionAsk.times}
          journalCase={journalCase}
          onDirtyChange={onDirtyChange}
          openAt={supervisionPart}
          recordBrief={supervisionAsk.brief}
        />
      ),
    },
    {
      id: 'details',
      label: t('cases.tabs.details'),
      render: () => <CaseDetails {...panelProps} panel={panel} onToggle={toggle} />,
    },
  ];

  return (
    <section className="screen cases-screen case-screen" aria-labelledby={titleId}>
      <CaseHeader
        journalCase={journalCase}
        titleId={titleId}
        panel={panel}
        headingRef={heading}
        busy={reopen.isPending}
        onToggle={toggle}
        onNewReflection={() => navigate({ screen: 'entry', caseId })}
        onPrepareBrief={() => navigate({ screen: 'brief', caseId })}
        onReopen={() => {
          setConfirmation('');
          reopen.mutate({ caseId, status: 'open' });
        }}
      />
      <p className="confirmation case-confirmation" role="status">
        {confirmation}
      </p>
      {reopen.error && <DamagedFileNotice error={reopen.error.shape} onRestored={restored} />}
      {HeaderForm !== undefined && <HeaderForm {...panelProps} />}
      <Tabs label={t('cases.tabs.label')} tabs={tabs} selected={tab} onSelect={selectTab} />
      <ExportLog
        caseId={caseId}
        entries={journalCase.entries}
        supervisions={journalCase.supervisions ?? []}
        onRecordSupervision={(brief) => {
          if (tab === 'supervision' && !mayDiscard()) return;
          setDirty(false);
          setSupervisionAsk((ask) => ({ brief, times: ask.times + 1 }));
          selectTab('supervision');
        }}
      />
    </section>
  );
}
