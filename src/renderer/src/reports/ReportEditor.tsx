import { useMemo, useState, type Dispatch, type KeyboardEvent, type ReactNode, type SetStateAction } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseWithEntries } from '../../../shared/domain/case';
import type { CourtReport, ReportVersion } from '../../../shared/domain/report/report';
import type { ReportSectionKind } from '../../../shared/domain/report/reportTaxonomy';
import { getApi } from '../api/client';
import { DamagedFileNotice } from '../components/DamagedFileNotice';
import { formatTime } from '../entries/dates';
import { useSubmit } from '../vault/useSubmit';
import { familyOf } from './caregivers';
import { ExcerptPanel } from './ExcerptPanel';
import {
  addStatement,
  blankStatement,
  caregiverViewRecorded,
  draftToSave,
  quotedSources,
  type ReportDraft,
} from './reportDraft';
import { ReportSectionEditor } from './ReportSectionEditor';

interface Props {
  journalCase: CaseWithEntries;
  report: CourtReport;
  /** The newest version, a draft. */
  version: ReportVersion;
  draft: ReportDraft;
  dirty: boolean;
  insertOpen: boolean;
  onToggleInsert: () => void;
  /** Changes the draft from what it is when the change runs (a stable `setState`). */
  onChange: Dispatch<SetStateAction<ReportDraft>>;
  onSaved: (report: CourtReport) => void;
  /** The caregiver's comments under a section, whose heading has that id. */
  renderComments: (kind: ReportSectionKind, headingId: string) => ReactNode;
}

/** The newest draft: the eight sections and their statements, saved with the button or Ctrl/⌘+S. */
export function ReportEditor(props: Props) {
  const { journalCase, report, version, draft, dirty, insertOpen, onToggleInsert, onChange, onSaved } = props;
  const { t, i18n } = useTranslation();
  const saving = useSubmit(onSaved);
  // A statement just added takes focus, so typing can start at once.
  const [added, setAdded] = useState<string | undefined>();
  // Kept the same between renders, so statements that did not change are not drawn again.
  const family = useMemo(() => familyOf(journalCase.parties), [journalCase.parties]);

  function save(): void {
    if (!dirty) return;
    void saving.submit(() =>
      getApi().saveReportDraft({
        caseId: journalCase.id,
        reportId: report.id,
        version: version.number,
        ...draftToSave(draft),
      }),
    );
  }

  function onKeyDown(event: KeyboardEvent<HTMLElement>): void {
    if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 's') {
      event.preventDefault();
      save();
    }
  }

  let status: string = t('reports.editor.allSaved');
  if (saving.busy) status = t('reports.editor.saving');
  else if (dirty) status = t('reports.editor.unsaved');
  else if (version.updatedAt !== version.createdAt)
    status = t('reports.editor.saved', { time: formatTime(version.updatedAt, i18n.language) });

  const bar = (
    <div className="reports-save-bar">
      <button type="button" className="primary" disabled={saving.busy} onClick={save}>
        {saving.busy ? t('reports.editor.saving') : t('reports.editor.save')}
      </button>
      <span className="help">{t('reports.editor.shortcut')}</span>
    </div>
  );

  return (
    <div className="reports-editor" onKeyDown={onKeyDown}>
      <div className="reports-editor-tools">
        <p
          className={dirty ? 'reports-save-status reports-unsaved' : 'reports-save-status'}
          role="status"
          data-testid="report-save-status"
        >
          {status}
        </p>
      </div>
      {insertOpen && (
        <ExcerptPanel
          caseId={journalCase.id}
          quoted={quotedSources(draft)}
          onInsert={(kind, statement) => onChange((current) => addStatement(current, kind, statement))}
          onClose={onToggleInsert}
        />
      )}
      {saving.error && <DamagedFileNotice error={saving.error} onRestored={saving.clearError} />}
      {/* Not a <form>: the caregiver's comments open their own forms inside the sections. */}
      <div role="form" aria-label={t('reports.editor.formLabel')}>
        {bar}
        {draft.sections.map((section) => (
          <ReportSectionEditor
            key={section.kind}
            section={section}
            parties={journalCase.parties}
            family={family}
            entries={journalCase.entries}
            absentReason={
              section.kind === 'caregiver-view' && !caregiverViewRecorded(draft)
                ? {
                    value: draft.caregiverViewAbsentReason,
                    onChange: (value) => onChange((current) => ({ ...current, caregiverViewAbsentReason: value })),
                  }
                : undefined
            }
            focusId={added}
            onAdd={() => {
              const id = crypto.randomUUID();
              setAdded(id);
              onChange((current) => addStatement(current, section.kind, blankStatement(id)));
            }}
            update={onChange}
            comments={(headingId) => props.renderComments(section.kind, headingId)}
          />
        ))}
        {bar}
      </div>
    </div>
  );
}
