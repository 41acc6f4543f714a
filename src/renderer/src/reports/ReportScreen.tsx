import { useTranslation } from 'react-i18next';
import { bothLoaded, loadStateOf } from '../api/loadState';
import { useContractQuery } from '../api/useContractQuery';
import { useNavigation } from '../navigation/NavigationContext';
import { ScreenLoadState } from '../ui/ScreenLoadState';
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
        <h1 tabIndex={-1} id="report-missing">
          {t('reports.screen.notFound')}
        </h1>
        <button type="button" onClick={() => navigate({ screen: 'case', caseId, tab: 'reports' })}>
          {t('reports.screen.back')}
        </button>
      </section>
    );
  }
  const both = bothLoaded(journalCase, report);
  if (both.kind !== 'loaded') {
    return (
      <ScreenLoadState
        state={both}
        className="reports-screen"
        loading={t('reports.screen.loading')}
        failed={t('reports.screen.failed')}
      />
    );
  }
  const [caseValue, reportValue] = both.value;
  return <ReportWorkspace journalCase={caseValue} report={reportValue} />;
}
