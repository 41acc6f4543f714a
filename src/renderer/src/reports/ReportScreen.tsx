import { useTranslation } from 'react-i18next';
import { readWholeCase, useCase } from '../cases/useCase';
import { DamagedFileNotice } from '../components/DamagedFileNotice';
import { useNavigation } from '../navigation/NavigationContext';
import { ReportWorkspace } from './ReportWorkspace';
import { useReports } from './useReports';
import '../cases/cases.css';
import '../entries/entries.css';
import '../exports/exports.css';
import './reports.css';

/** One court report: loads its case (parties, reflections to cite) and the case's reports. */
export function ReportScreen({ caseId, reportId }: { caseId: string; reportId: string }) {
  const { t } = useTranslation();
  const { navigate } = useNavigation();
  const journalCase = useCase(caseId, readWholeCase);
  const reports = useReports(caseId);
  const failure =
    journalCase.state.kind === 'failed'
      ? journalCase.state.error
      : reports.state.kind === 'failed'
        ? reports.state.error
        : undefined;

  if (failure !== undefined) {
    return (
      <section className="screen reports-screen" aria-labelledby="report-failed">
        <h1 id="report-failed">{t('reports.screen.failed')}</h1>
        <DamagedFileNotice
          error={failure}
          onRestored={() => {
            journalCase.reload();
            reports.reload();
          }}
        />
      </section>
    );
  }
  if (journalCase.state.kind !== 'loaded' || reports.state.kind !== 'loaded') {
    return (
      <section className="screen reports-screen" aria-busy="true">
        <p role="status">{t('reports.screen.loading')}</p>
      </section>
    );
  }
  const report = reports.state.value.find((candidate) => candidate.id === reportId);
  if (report === undefined) {
    return (
      <section className="screen reports-screen" aria-labelledby="report-missing">
        <h1 id="report-missing">{t('reports.screen.notFound')}</h1>
        <button type="button" onClick={() => navigate({ screen: 'case', caseId, tab: 'reports' })}>
          {t('reports.screen.back')}
        </button>
      </section>
    );
  }
  return (
    <ReportWorkspace
      journalCase={journalCase.state.value}
      report={report}
      onReport={reports.apply}
      onReload={reports.reload}
    />
  );
}
