import { useTranslation } from 'react-i18next';
import { CaseLoadState } from '../cases/CaseLoadState';
import { readWholeCase, useCase } from '../cases/useCase';
import { BriefWorkspace } from './BriefWorkspace';
import '../cases/cases.css';
import '../entries/entries.css';
import './exports.css';

/** Preparing a supervision brief for one case: its choices, the preview, the review and the export. */
export function BriefScreen({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const { state, reload, apply } = useCase(caseId, readWholeCase);
  if (state.kind !== 'loaded') {
    return (
      <CaseLoadState
        state={state}
        className="brief-screen"
        loading={t('exports.screen.loading')}
        failed={t('exports.screen.failed')}
        reload={reload}
      />
    );
  }
  return <BriefWorkspace journalCase={state.value} onCaseUpdated={apply} />;
}
