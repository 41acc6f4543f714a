import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseWithEntries } from '../../../shared/domain/case';
import type { SavedExport } from '../../../shared/exports/requests';
import { ErrorMessage } from '../components/ErrorMessage';
import { useNavigation } from '../navigation/NavigationContext';
import { briefLanguageOf, briefRequest, choiceProblems, defaultChoices, type BriefChoices } from './briefChoices';
import { BriefExportForm } from './BriefExportForm';
import { BriefOptionsForm } from './BriefOptionsForm';
import { BriefPreview } from './BriefPreview';
import { DeidentificationSummary } from './DeidentificationSummary';
import { NameWarningList } from './NameWarningList';
import { PlaceWarningList } from './PlaceWarningList';
import { PseudonymList } from './PseudonymList';
import { PeriodSummary } from './PeriodSummary';
import { ReplacementList } from './ReplacementList';
import { SafeWordList } from './SafeWordList';
import { useBriefPreview } from './useBriefPreview';
import { nextOtherPseudonym } from './reviewHelpers';

interface Props {
  journalCase: CaseWithEntries;
}

/**
 * The brief screen: what leaves the journal, the choices, then the preview beside the review of
 * what was replaced, the words that could still be names, and the export.
 */
export function BriefWorkspace({ journalCase }: Props) {
  const { t, i18n } = useTranslation();
  const { navigate } = useNavigation();
  const titleId = useId();
  const caseId = journalCase.id;
  const [choices, setChoices] = useState<BriefChoices>(() =>
    defaultChoices(briefLanguageOf(i18n.resolvedLanguage ?? i18n.language)),
  );
  const [status, setStatus] = useState('');
  const request = useMemo(() => briefRequest(caseId, choices), [caseId, choices]);
  const { preview, busy, error } = useBriefPreview(request);

  /** The preview is built again by the cache (the change made it stale); here only the confirmation. */
  function changed(text: string): void {
    setStatus(text);
  }

  function exported(saved: SavedExport): void {
    setStatus('');
    // "Since the last brief" now means since this one: keep the period just exported, so the
    // same brief in another format covers the same sessions.
    const period = saved.record.period;
    if (choices.start !== 'date' && period !== undefined) {
      setChoices({ ...choices, start: 'date', from: period.from, to: period.to });
    }
  }

  return (
    <section className="screen brief-screen" aria-labelledby={titleId}>
      <header className="brief-header">
        <div>
          <h1 tabIndex={-1} id={titleId}>
            {t('exports.screen.title')}
          </h1>
          <p className="brief-case">{journalCase.alias}</p>
        </div>
        <button type="button" onClick={() => navigate({ screen: 'case', caseId })}>
          {t('exports.screen.back')}
        </button>
      </header>
      <div className="callout brief-privacy">
        <h2>{t('exports.privacy.title')}</h2>
        <p>{t('exports.privacy.body')}</p>
      </div>
      <BriefOptionsForm choices={choices} problems={choiceProblems(choices)} onChange={setChoices} />
      {preview !== undefined && <PeriodSummary preview={preview} />}
      <p className="confirmation brief-status" role="status">
        {status}
      </p>
      {error !== undefined && <ErrorMessage error={error} />}
      <div className="brief-layout">
        <BriefPreview preview={preview} busy={busy} />
        <div className="brief-review">
          {preview !== undefined && (
            <>
              <NameWarningList
                journalCase={journalCase}
                warnings={preview.warnings}
                nextOtherPseudonym={nextOtherPseudonym(preview, choices.language)}
                onChanged={changed}
              />
              <PlaceWarningList
                caseId={caseId}
                places={preview.places}
                generalised={preview.decisions.places
                  .filter((place) => place.decision === 'generalise')
                  .map((place) => place.text)}
                onChanged={changed}
              />
              <DeidentificationSummary summary={preview.summary} />
              <PseudonymList
                journalCase={journalCase}
                language={choices.language}
                pseudonyms={preview.partyPseudonyms}
                onChanged={changed}
              />
              <ReplacementList replacements={preview.replacements} />
              <SafeWordList caseId={caseId} safeWords={preview.safeWords} onChanged={changed} />
              <BriefExportForm request={request} preview={preview} busy={busy} onSaved={exported} />
            </>
          )}
        </div>
      </div>
    </section>
  );
}
