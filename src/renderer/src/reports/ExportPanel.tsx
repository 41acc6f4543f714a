import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  reportDocumentFormats,
  reportDocumentKinds,
  type ReportDocumentFormat,
  type ReportDocumentKind,
} from '../../../shared/domain/report/reportTaxonomy';
import type { SavedExport } from '../../../shared/exports/requests';
import type { ExportReportResponse } from '../../../shared/reports/requests';
import { getApi } from '../api/client';
import { InlinePanel } from '../ui/InlinePanel';
import { DamagedFileNotice } from '../components/DamagedFileNotice';
import { RadioChoice } from '../ui/form/RadioChoice';
import { briefLanguageOf } from '../exports/briefChoices';
import { SavedExportNotice } from '../exports/SavedExportNotice';
import { useSubmit } from '../vault/useSubmit';
import { FormActions } from '../ui/form/FormActions';
import type { ReportPanelProps } from './panelProps';
import { SentDocuments } from './SentDocuments';
import { UnsavedNotice } from './UnsavedNotice';

/** A document written makes the report stale (the version lists it), so the screen reads it again. */
type Props = ReportPanelProps;

/**
 * The caregiver's review copy (of a shared version) or the final report (of a final or submitted
 * one) of the shown version, as DOCX or Markdown, through main's save dialog; where it went and
 * its SHA-256 are shown once it is written. A submitted version shows first what went to court.
 */
export function ExportPanel({ report, version, unsaved, onCancel }: Props) {
  const { t, i18n } = useTranslation();
  const finalAllowed = version.status === 'final' || version.status === 'submitted';
  // The review copy is made from the frozen text the caregiver reads, so its hash always matches it.
  const reviewAllowed = version.status === 'shared';
  const kinds = reportDocumentKinds.filter((value) => (value === 'review' ? reviewAllowed : finalAllowed));
  const [kind, setKind] = useState<ReportDocumentKind>(finalAllowed ? 'final' : 'review');
  const [format, setFormat] = useState<ReportDocumentFormat>('docx');
  const [saved, setSaved] = useState<SavedExport | undefined>();
  const exporting = useSubmit((response: ExportReportResponse) => {
    if (response.status !== 'saved') return;
    setSaved(response);
  });

  function submit(event: FormEvent): void {
    event.preventDefault();
    if (unsaved || kinds.length === 0) return;
    setSaved(undefined);
    void exporting.submit(() =>
      getApi().exportReport({
        caseId: report.caseId,
        reportId: report.id,
        version: version.number,
        kind,
        format,
        language: briefLanguageOf(i18n.resolvedLanguage ?? i18n.language),
      }),
    );
  }

  return (
    <InlinePanel title={t('reports.export.title')}>
      {version.status === 'submitted' && <SentDocuments version={version} inPanel />}
      <form onSubmit={submit} noValidate>
        {kinds.length > 0 && (
          <RadioChoice
            legend={t('reports.export.kind')}
            options={kinds.map((value) => ({
              value,
              label: t(`reports.export.kinds.${value}`),
              hint: t(`reports.export.kindHints.${value}`),
            }))}
            value={kind}
            onChange={setKind}
          />
        )}
        {!reviewAllowed && <p className="help">{t('reports.export.reviewOnly')}</p>}
        {!finalAllowed && <p className="help">{t('reports.export.finalOnly')}</p>}
        <RadioChoice
          legend={t('reports.export.format')}
          options={reportDocumentFormats.map((value) => ({ value, label: t(`reports.export.formats.${value}`) }))}
          value={format}
          onChange={setFormat}
        />
        <UnsavedNotice unsaved={unsaved} />
        <FormActions
          disabled={unsaved || kinds.length === 0}
          submitLabel={t('reports.export.submit')}
          busyLabel={t('reports.export.busy')}
          busy={exporting.busy}
          onCancel={onCancel}
        />
      </form>
      {exporting.error && <DamagedFileNotice error={exporting.error} onRestored={exporting.clearError} />}
      {saved !== undefined && <SavedExportNotice saved={saved} />}
    </InlinePanel>
  );
}
