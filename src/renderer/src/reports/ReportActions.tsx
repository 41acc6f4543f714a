import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CourtReport, ReportVersion } from '../../../shared/domain/report/report';
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

/** Only what the shown version's status allows; each form opens in place under these buttons. */
export function ReportActions({ report, version, panel, busy, onToggle, onRevise }: Props) {
  const { t } = useTranslation();
  const newest = newestVersion(report);
  const isNewest = version.number === newest.number;
  const editable = isEditable(report, version);
  const button = { panel, onToggle };
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
          <button type="button" className="primary" disabled={busy} onClick={onRevise}>
            {busy ? t('reports.working') : t('reports.screen.revise')}
          </button>
        )}
        {version.status === 'final' && isNewest && (
          <PanelButton kind="submit" {...button}>
            {t('reports.submit.open')}
          </PanelButton>
        )}
        <PanelButton kind="export" {...button}>
          {t('reports.export.open')}
        </PanelButton>
        {report.versions.length > 1 && (
          <PanelButton kind="compare" {...button}>
            {t('reports.compare.open')}
          </PanelButton>
        )}
        {/* A final version's documents print the details: they change only in a new version. */}
        {!isFinalOrSubmitted(report) && (
          <PanelButton kind="details" {...button}>
            {t('reports.screen.editDetails')}
          </PanelButton>
        )}
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

interface ButtonProps {
  kind: ActionPanel;
  panel: ReportPanel | undefined;
  onToggle: (panel: ReportPanel) => void;
  children: ReactNode;
}

/** A button that opens its form under the actions, or closes it; `aria-expanded` says which. */
function PanelButton({ kind, panel, onToggle, children }: ButtonProps) {
  const target: ReportPanel = { kind };
  return (
    <button type="button" aria-expanded={samePanel(panel, target)} onClick={() => onToggle(target)}>
      {children}
    </button>
  );
}
