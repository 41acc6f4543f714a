import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CourtReport, ReportVersion } from '../../../shared/domain/report/report';
import { currentStage, type ReportStage } from '../../../shared/domain/report/reportRoad';
import { ActionMenu } from '../ui/ActionMenu';
import { PanelToggle } from '../ui/PanelToggle';
import { samePanel, type ReportPanel } from './reportPanels';
import { canRevise, isEditable, isFinalOrSubmitted, newestVersion } from './reportVersions';

interface Props {
  report: CourtReport;
  version: ReportVersion;
  panel: ReportPanel | undefined;
  busy: boolean;
  onToggle: (panel: ReportPanel) => void;
  onRevise: () => void;
}

/**
 * Only what the shown version's status allows; each form opens in place under these buttons. The
 * next steps of the workflow are buttons, the one the report's road comes to next the primary
 * one; what can be done at any step is in a menu.
 */
export function ReportActions({ report, version, panel, busy, onToggle, onRevise }: Props) {
  const { t } = useTranslation();
  const newest = newestVersion(report);
  const isNewest = version.number === newest.number;
  const editable = isEditable(report, version);
  const stage = currentStage(report);
  const primary = isNewest ? primaryAction[stage] : undefined;
  const button = { panel, onToggle, primary };
  const secondary = secondaryActions(report, editable).map((kind) => ({
    id: kind,
    label: t(secondaryLabels[kind]),
    onSelect: () => onToggle({ kind }),
  }));
  return (
    <>
      <div className="actions reports-actions" role="group" aria-label={t('reports.screen.actions')}>
        {editable && (
          <PanelButton kind="share" {...button}>
            {t('reports.share.open')}
          </PanelButton>
        )}
        {(editable || (version.status === 'shared' && isNewest)) && (
          <PanelButton kind="checks" {...button}>
            {t('reports.checks.open')}
          </PanelButton>
        )}
        {canRevise(report, version) && (
          <button
            type="button"
            className={primary === 'revise' ? 'primary' : undefined}
            disabled={busy}
            onClick={onRevise}
          >
            {busy ? t('reports.working') : t('reports.screen.revise')}
          </button>
        )}
        {version.status === 'final' && isNewest && (
          <PanelButton kind="submit" {...button}>
            {t('reports.submit.open')}
          </PanelButton>
        )}
        <ActionMenu label={t('reports.screen.moreActions')} actions={secondary} />
      </div>
      {newest.status === 'final' && (
        <p className="help" data-testid="final-locked">
          {t('reports.screen.finalLocked')}
        </p>
      )}
    </>
  );
}

type ActionPanel = Exclude<ReportPanel['kind'], 'comment' | 'response'>;
type SecondaryPanel = Extract<ActionPanel, 'insert' | 'export' | 'compare' | 'details'>;

/** The button the road comes to next at each stage: the primary one. */
const primaryAction: Record<ReportStage, ActionPanel | 'revise' | undefined> = {
  draft: 'share',
  shared: 'checks',
  comments: 'revise',
  revised: 'checks',
  final: 'submit',
  submitted: undefined,
};

const secondaryLabels = {
  insert: 'reports.editor.insert',
  export: 'reports.export.open',
  compare: 'reports.compare.open',
  details: 'reports.screen.editDetails',
} as const satisfies Record<SecondaryPanel, string>;

function secondaryActions(report: CourtReport, editable: boolean): SecondaryPanel[] {
  return [
    // Journal text goes into the draft being edited.
    ...(editable ? (['insert'] as const) : []),
    'export',
    ...(report.versions.length > 1 ? (['compare'] as const) : []),
    // A final version's documents print the details: they change only in a new version.
    ...(isFinalOrSubmitted(report) ? [] : (['details'] as const)),
  ];
}

interface ButtonProps {
  kind: ActionPanel;
  primary: ActionPanel | 'revise' | undefined;
  panel: ReportPanel | undefined;
  onToggle: (panel: ReportPanel) => void;
  children: ReactNode;
}

/** A button that opens its form under the actions, or closes it. */
function PanelButton({ kind, primary, panel, onToggle, children }: ButtonProps) {
  const target: ReportPanel = { kind };
  return (
    <PanelToggle
      className={primary === kind ? 'primary' : undefined}
      expanded={samePanel(panel, target)}
      onToggle={() => onToggle(target)}
    >
      {children}
    </PanelToggle>
  );
}
