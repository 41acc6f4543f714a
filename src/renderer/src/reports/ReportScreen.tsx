import { useTranslation } from 'react-i18next';
import { loadStateOf } from '../api/loadState';
import { useContractQuery } from '../api/useContractQuery';
import { DamagedFileNotice } from '../components/DamagedFileNotice';
import { useNavigation } from '../navigation/NavigationContext';
import { ReportWorkspace } from './ReportWorkspace';
import '../cases/cases.css';
import '../entries/entries.css';
import '../exports/exports.css';
import './reports.css';

/** One court report: reads its case (parties, reflections to cite) and that report alone. */
export function ReportScreen({ caseId, reportId }: { caseId: string; reportId: string }) {
  const { t } = useTranslation();
  const { navigate } = useNavigation();
  const journalCase = loadStateOf(useContractQuery('getCase', { caseId }));
  const report = loadStateOf(useContractQuery('getReport', { caseId, reportId }));

  if (report.kind === 'failed' && report.error.code === 'report-not-found') {
    return (
      <section className="screen reports-screen" aria-labelledby="report-missing">
        <h1 id="report-missing">{t('reports.screen.notFound')}</h1>
        <button type="button" onClick={() => navigate({ screen: 'case', caseId, tab: 'reports' })}>
          {t('reports.screen.back')}
        </button>
      </section>
    );
  }
  const failure =
    journalCase.kind === 'failed' ? journalCase.error : report.kind === 'failed' ? report.error : undefined;
  if (failure !== undefined) {
    return (
      <section className="screen reports-screen" aria-labelledby="report-failed">
        <h1 id="report-failed">{t('reports.screen.failed')}</h1>
        <DamagedFileNotice error={failure} />
      </section>
    );
  }
  if (journalCase.kind !== 'loaded' || report.kind !== 'loaded') {
    return (
      <section className="screen reports-screen" aria-busy="true">
        <p role="status">{t('reports.screen.loading')}</p>
      </section>
    );
  }
  return <ReportWorkspace journalCase={journalCase.value} report={report.value} />;
}
