import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseWithEntries } from '../../../shared/domain/case';
import type { CourtReport } from '../../../shared/domain/report/report';
import type { ReportSectionKind } from '../../../shared/domain/report/reportTaxonomy';
import { useQueryClient } from '@tanstack/react-query';
import { getApi } from '../api/client';
import { queryKeyOf } from '../api/queryKeys';
import { useReturnFocus } from '../ui/useReturnFocus';
import { useUnsavedGuard } from '../cases/useUnsavedGuard';
import { DamagedFileNotice } from '../components/DamagedFileNotice';
import { useSubmit } from '../vault/useSubmit';
import { ComparePanel } from './ComparePanel';
import { DocumentList } from './DocumentList';
import { ExportPanel } from './ExportPanel';
import { FinalizePanel } from './FinalizePanel';
import { draftChanged, draftOf, type ReportDraft } from './reportDraft';
import { ReportActions } from './ReportActions';
import { detailsOf } from './reportDetails';
import { ReportDetailsForm } from './ReportDetailsForm';
import { ReportEditor } from './ReportEditor';
import { ReportHeader } from './ReportHeader';
import { samePanel, type ReportPanel } from './reportPanels';
import { ReportReader } from './ReportReader';
import { ReportRoad } from './ReportRoad';
import { isEditable, newestVersion, shownVersion } from './reportVersions';
import { SectionComments } from './SectionComments';
import { ShareForm } from './ShareForm';
import { SubmitForm } from './SubmitForm';

interface Props {
  journalCase: CaseWithEntries;
  report: CourtReport;
}

/**
 * The report screen: the header with the version picker, the actions the shown version allows
 * (one form open at a time), then the newest draft in the editor or any other version to read.
 */
export function ReportWorkspace({ journalCase, report }: Props) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const titleId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const newest = newestVersion(report);
  const [shownNumber, setShownNumber] = useState<number | undefined>();
  const shown = shownVersion(report, shownNumber);
  const editable = isEditable(report, shown);
  const [panel, setPanel] = useState<ReportPanel | undefined>();
  const [confirmation, setConfirmation] = useState('');

  // The editor's text, and the text as last saved, for the newest version.
  const [savedDraft, setSavedDraft] = useState<ReportDraft>(() => draftOf(newest));
  const [draft, setDraft] = useState<ReportDraft>(savedDraft);
  const [draftVersion, setDraftVersion] = useState(newest.number);
  if (draftVersion !== newest.number) {
    // A new version (revised, or shared and copied): the editor starts from its text.
    const fresh = draftOf(newest);
    setDraftVersion(newest.number);
    setSavedDraft(fresh);
    setDraft(fresh);
  } else if (!draftChanged(draft, savedDraft)) {
    // Nothing typed: the draft as main has it now, with its facts in step with a renamed court
    // or a moved opening date.
    const stored = draftOf(newest);
    if (draftChanged(stored, savedDraft)) {
      setSavedDraft(stored);
      setDraft(stored);
    }
  }
  const dirty = editable && draftChanged(draft, savedDraft);
  const leaveQuestion = t('reports.editor.leaveQuestion');
  useUnsavedGuard(dirty, leaveQuestion);
  useEffect(() => {
    if (!dirty) return;
    // Closing or reloading the window would lose the typed text: hold it back, as reflections do.
    function onBeforeUnload(event: BeforeUnloadEvent): void {
      event.preventDefault();
    }
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [dirty]);

  const focus = useReturnFocus(heading);

  function closePanel(): void {
    setPanel(undefined);
    focus.restore();
  }

  function toggle(next: ReportPanel): void {
    if (samePanel(panel, next)) {
      closePanel();
      return;
    }
    focus.remember();
    setConfirmation('');
    setPanel(next);
  }

  /**
   * An action answered: its answer goes into the cached report at once, so the screen shows the
   * change with the confirmation; the contract's stale reads then read the rest again.
   */
  function done(updated: CourtReport, message: string): void {
    client.setQueryData<CourtReport>(
      queryKeyOf('getReport', { caseId: updated.caseId, reportId: updated.id }),
      updated,
    );
    setConfirmation(message);
    closePanel();
  }

  function showVersion(number: number): void {
    if (dirty && !window.confirm(leaveQuestion)) return;
    if (dirty) setDraft(savedDraft);
    setPanel(undefined);
    setShownNumber(number === newest.number ? undefined : number);
  }

  const revise = useSubmit((updated: CourtReport) => {
    setShownNumber(undefined);
    const version = newestVersion(updated);
    done(updated, t('reports.screen.revised', { number: version.number, from: version.basedOn ?? shown.number }));
  });

  const caseId = journalCase.id;
  const key = { caseId, reportId: report.id };
  const panelProps = { journalCase, report, version: shown, unsaved: dirty, onCancel: closePanel, onDone: done };

  function renderComments(kind: ReportSectionKind, headingId: string): ReactNode {
    return (
      <SectionComments
        report={report}
        section={kind}
        headingId={headingId}
        panel={panel}
        onToggle={toggle}
        onCancel={closePanel}
        onDone={done}
      />
    );
  }

  return (
    <section className="screen reports-screen" aria-labelledby={titleId}>
      <ReportHeader
        journalCase={journalCase}
        report={report}
        version={shown}
        titleId={titleId}
        headingRef={heading}
        onShowVersion={showVersion}
      />
      <p className="confirmation" role="status" data-testid="report-confirmation">
        {confirmation}
      </p>
      <ReportRoad report={report} />
      <ReportActions
        report={report}
        version={shown}
        panel={panel}
        busy={revise.busy}
        onToggle={toggle}
        onRevise={() => {
          setConfirmation('');
          void revise.submit(() => getApi().reviseReport(key));
        }}
      />
      {revise.error && <DamagedFileNotice error={revise.error} />}
      {panel?.kind === 'details' && (
        <ReportDetailsForm
          title={t('reports.details.editTitle')}
          submitLabel={t('reports.details.save')}
          initial={detailsOf(report)}
          target={{ kind: 'update', ...key }}
          onSaved={(updated) => done(updated, t('reports.details.saved'))}
          onCancel={closePanel}
        />
      )}
      {panel?.kind === 'share' && <ShareForm {...panelProps} />}
      {panel?.kind === 'compare' && <ComparePanel report={report} version={shown} onCancel={closePanel} />}
      {panel?.kind === 'checks' && <FinalizePanel {...panelProps} />}
      {panel?.kind === 'export' && <ExportPanel {...panelProps} />}
      {panel?.kind === 'submit' && <SubmitForm {...panelProps} />}
      {/* What went to court comes first on a submitted version: its files and their SHA-256. */}
      {shown.status === 'submitted' && <DocumentList version={shown} />}
      {editable ? (
        <ReportEditor
          journalCase={journalCase}
          report={report}
          version={newest}
          draft={draft}
          dirty={dirty}
          insertOpen={panel?.kind === 'insert'}
          onToggleInsert={() => toggle({ kind: 'insert' })}
          onChange={setDraft}
          onSaved={(updated) => {
            const fresh = draftOf(newestVersion(updated));
            setSavedDraft(fresh);
            setDraft(fresh);
          }}
          renderComments={renderComments}
        />
      ) : (
        <ReportReader journalCase={journalCase} report={report} version={shown} renderComments={renderComments} />
      )}
      {shown.status !== 'submitted' && <DocumentList version={shown} />}
    </section>
  );
}
