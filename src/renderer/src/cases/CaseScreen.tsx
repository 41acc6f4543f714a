import { useTranslation } from 'react-i18next';
import { DamagedFileNotice } from '../components/DamagedFileNotice';
import { useJournal } from '../journal/JournalContext';
import { CaseWorkspace } from './CaseWorkspace';
import { readCaseOverview, useCase } from './useCase';
import './cases.css';

/** One case, loaded from its encrypted file; a damaged file offers its newest backup. */
export function CaseScreen({ caseId, tab }: { caseId: string; tab?: 'reports' | undefined }) {
  const { t } = useTranslation();
  const journal = useJournal();
  const { state, reload, apply } = useCase(caseId, readCaseOverview);

  if (state.kind === 'loading') {
    return (
      <section className="screen cases-screen" aria-labelledby="case-loading">
        <h1 id="case-loading" className="cases-loading">
          {t('cases.screen.loading')}
        </h1>
      </section>
    );
  }
  if (state.kind === 'failed') {
    return (
      <section className="screen cases-screen" aria-labelledby="case-failed">
        <h1 id="case-failed">{t('cases.screen.failed')}</h1>
        <DamagedFileNotice
          error={state.error}
          onRestored={() => {
            reload();
            void journal.refresh();
          }}
        />
      </section>
    );
  }
  return <CaseWorkspace journalCase={state.value} initialTab={tab} onUpdated={apply} onReload={reload} />;
}
