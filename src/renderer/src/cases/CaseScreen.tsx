import { useTranslation } from 'react-i18next';
import { CaseLoadState } from './CaseLoadState';
import { CaseWorkspace } from './CaseWorkspace';
import { readCaseOverview, useCase } from './useCase';
import './cases.css';

/** One case, loaded from its encrypted file; a damaged file offers its newest backup. */
export function CaseScreen({ caseId, tab }: { caseId: string; tab?: 'reports' | undefined }) {
  const { t } = useTranslation();
  const { state, reload, apply } = useCase(caseId, readCaseOverview);
  if (state.kind !== 'loaded') {
    return (
      <CaseLoadState
        state={state}
        className="cases-screen"
        loading={t('cases.screen.loading')}
        failed={t('cases.screen.failed')}
        reload={reload}
      />
    );
  }
  return <CaseWorkspace journalCase={state.value} initialTab={tab} onUpdated={apply} onReload={reload} />;
}
