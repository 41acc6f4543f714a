import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CourtReport, ReportVersion } from '../../../shared/domain/report/report';
import type { VersionComparison } from '../../../shared/reports/requests';
import { getApi } from '../api/client';
import { useReportLanguage } from './useStatementWords';
import { InlinePanel } from '../ui/InlinePanel';
import { ErrorMessage } from '../components/ErrorMessage';
import { SelectField } from '../ui/form/SelectField';
import { useSubmit } from '../vault/useSubmit';
import { FormActions } from '../ui/form/FormActions';
import { SectionComparisonView } from './SectionComparisonView';
import { newestVersion, previousNumber } from './reportVersions';

interface Props {
  report: CourtReport;
  version: ReportVersion;
  onCancel: () => void;
}

/** Any two versions side by side, section by section: what was added, removed or changed. */
export function ComparePanel({ report, version, onCancel }: Props) {
  const { t } = useTranslation();
  const resultId = useId();
  const language = useReportLanguage();
  const newest = newestVersion(report).number;
  const [from, setFrom] = useState(previousNumber(report, version.number) ?? version.number);
  const [to, setTo] = useState(version.number === from ? newest : version.number);
  const [comparison, setComparison] = useState<VersionComparison | undefined>();
  const comparing = useSubmit(setComparison);

  function submit(event: FormEvent): void {
    event.preventDefault();
    setComparison(undefined);
    void comparing.submit(() =>
      getApi().compareReportVersions({ caseId: report.caseId, reportId: report.id, from, to, language }),
    );
  }

  const options = report.versions.map((candidate) => (
    <option key={candidate.number} value={candidate.number}>
      {t('reports.compare.versionOption', { number: candidate.number })}
    </option>
  ));
  const changedSections = comparison?.sections.filter(
    (section) => section.added.length + section.removed.length + section.changed.length > 0,
  );

  return (
    <InlinePanel title={t('reports.compare.title')} className="cases-panel cases-panel-wide">
      <form onSubmit={submit} className="reports-compare-form">
        <SelectField
          label={t('reports.compare.from')}
          value={String(from)}
          onChange={(value) => setFrom(Number(value))}
        >
          {options}
        </SelectField>
        <SelectField label={t('reports.compare.to')} value={String(to)} onChange={(value) => setTo(Number(value))}>
          {options}
        </SelectField>
        <FormActions
          submitLabel={t('reports.compare.show')}
          busyLabel={t('reports.compare.busy')}
          busy={comparing.busy}
          onCancel={onCancel}
        />
      </form>
      {comparing.error && <ErrorMessage error={comparing.error} />}
      {comparison !== undefined && changedSections !== undefined && (
        <div className="reports-comparison" aria-labelledby={resultId} data-testid="report-comparison">
          <h3 id={resultId}>{t('reports.compare.summary', { from: comparison.from, to: comparison.to })}</h3>
          {changedSections.length === 0 && <p>{t('reports.compare.same')}</p>}
          {changedSections.map((section) => (
            <SectionComparisonView key={section.kind} section={section} />
          ))}
          {changedSections.length > 0 && changedSections.length < comparison.sections.length && (
            <p className="help">
              {t('reports.compare.noChangeIn', {
                sections: comparison.sections
                  .filter((section) => !changedSections.includes(section))
                  .map((section) => t(`reports.sections.${section.kind}`))
                  .join(', '),
              })}
            </p>
          )}
        </div>
      )}
    </InlinePanel>
  );
}
