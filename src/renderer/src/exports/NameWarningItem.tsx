import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseWithEntries } from '../../../shared/domain/case';
import type { PreviewBriefResponse } from '../../../shared/exports/requests';
import { getApi } from '../api/client';
import { DamagedFileNotice } from '../components/DamagedFileNotice';
import { useSubmit } from '../vault/useSubmit';
import { MarkAsNameForm } from './MarkAsNameForm';

interface Props {
  journalCase: CaseWithEntries;
  warning: PreviewBriefResponse['warnings'][number];
  /** The pseudonym a new person outside the case would get ("Person B"). */
  nextOtherPseudonym: string;
  onChanged: (confirmation: string) => void;
}

/** One word that could be a name, why, where it appears, and the ways to settle it. */
export function NameWarningItem({ journalCase, warning, nextOtherPseudonym, onChanged }: Props) {
  const { t } = useTranslation();
  const [naming, setNaming] = useState(false);
  const { word, pseudonym = '' } = warning;
  const safe = useSubmit(() => onChanged(t('exports.warnings.markedSafe', { word })));
  const named = useSubmit(() => onChanged(t('exports.warnings.namedEverywhere', { word })));
  const listed = warning.reason === 'listed-name';
  return (
    <li className="brief-warning">
      <p className="brief-warning-word">
        <strong>{word}</strong>{' '}
        <span className="brief-count">{t('exports.replacements.times', { count: warning.count })}</span>
      </p>
      <p className="help brief-warning-reason">{t(`exports.warnings.reasons.${warning.reason}`, { pseudonym })}</p>
      {warning.contexts.slice(0, 2).map((context) => (
        <blockquote key={context} className="brief-warning-context">
          {context}
        </blockquote>
      ))}
      {naming ? (
        <MarkAsNameForm
          journalCase={journalCase}
          word={word}
          nextOtherPseudonym={nextOtherPseudonym}
          onCancel={() => setNaming(false)}
          onSaved={(_updated, party) => {
            onChanged(t('exports.warnings.addedName', { word, party }));
          }}
          onOtherSaved={(other) => onChanged(t('exports.warnings.addedOther', { word, pseudonym: other }))}
        />
      ) : (
        <div className="actions brief-warning-actions">
          {listed ? (
            <button
              type="button"
              disabled={named.busy}
              onClick={() =>
                void named.submit(() =>
                  getApi().decideBriefReview({ caseId: journalCase.id, action: 'name-word', word }),
                )
              }
            >
              {t('exports.warnings.isListedName', { pseudonym })}
            </button>
          ) : (
            <button type="button" onClick={() => setNaming(true)}>
              {t('exports.warnings.isName')}
            </button>
          )}
          <button
            type="button"
            disabled={safe.busy}
            onClick={() => void safe.submit(() => getApi().markSafeWord({ caseId: journalCase.id, word }))}
          >
            {t(listed ? 'exports.warnings.isOrdinaryWord' : 'exports.warnings.isSafe')}
          </button>
        </div>
      )}
      {safe.error && <DamagedFileNotice error={safe.error} onRestored={safe.clearError} />}
      {named.error && <DamagedFileNotice error={named.error} onRestored={named.clearError} />}
    </li>
  );
}
