import { useTranslation } from 'react-i18next';
import { loadStateOf } from '../api/loadState';
import { useContractQuery } from '../api/useContractQuery';
import { ScreenLoadState } from '../ui/ScreenLoadState';
import { CaseWorkspace } from './CaseWorkspace';
import './cases.css';

/** One case, read as its overview (thousands of reflections in a fraction of the bytes); a damaged file offers its newest backup. */
export function CaseScreen({
  caseId,
  tab,
  supervisionPart,
  recordBrief,
}: {
  caseId: string;
  tab?: 'reports' | 'alliance' | 'supervision' | undefined;
  supervisionPart?: string | undefined;
  recordBrief?: string | undefined;
}) {
  const { t } = useTranslation();
  const state = loadStateOf(useContractQuery('getCaseOverview', { caseId }));
  if (state.kind !== 'loaded') {
    return (
      <ScreenLoadState
        state={state}
        className="cases-screen"
        loading={t('cases.screen.loading')}
        failed={t('cases.screen.failed')}
      />
    );
  }
  return (
    <CaseWorkspace
      journalCase={state.value}
      initialTab={tab}
      supervisionPart={supervisionPart}
      recordBrief={recordBrief}
    />
  );
}
