import { useTranslation } from 'react-i18next';
import { loadStateOf } from '../api/loadState';
import { useContractQuery } from '../api/useContractQuery';
import { ScreenLoadState } from '../ui/ScreenLoadState';
import { BriefWorkspace } from './BriefWorkspace';
import '../cases/cases.css';
import '../entries/entries.css';
import './exports.css';

/** Preparing a supervision brief for one case: its choices, the preview, the review and the export. */
export function BriefScreen({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  // Every reflection's text: the brief's choices and its name warnings quote them.
  const state = loadStateOf(useContractQuery('getCase', { caseId }));
  if (state.kind !== 'loaded') {
    return (
      <ScreenLoadState
        state={state}
        className="brief-screen"
        loading={t('exports.screen.loading')}
        failed={t('exports.screen.failed')}
      />
    );
  }
  return <BriefWorkspace journalCase={state.value} />;
}
