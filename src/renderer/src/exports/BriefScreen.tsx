import { useTranslation } from 'react-i18next';
import { readWholeCase, useCase } from '../cases/useCase';
import { DamagedFileNotice } from '../components/DamagedFileNotice';
import { useJournal } from '../journal/JournalContext';
import { BriefWorkspace } from './BriefWorkspace';
import '../cases/cases.css';
import '../entries/entries.css';
import './exports.css';

/** Preparing a supervision brief for one case: its choices, the preview, the review and the export. */
export function BriefScreen({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const journal = useJournal();
  const { state, reload, apply } = useCase(caseId, readWholeCase);

  if (state.kind === 'loading') {
    return (
      <section className="screen brief-screen" aria-labelledby="brief-loading">
        <h1 id="brief-loading">{t('exports.screen.loading')}</h1>
      </section>
    );
  }
  if (state.kind === 'failed') {
    return (
      <section className="screen brief-screen" aria-labelledby="brief-failed">
        <h1 id="brief-failed">{t('exports.screen.failed')}</h1>
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
  return <BriefWorkspace journalCase={state.value} onCaseUpdated={apply} />;
}
