import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseWithEntries } from '../../../shared/domain/case';
import type { PreviewBriefResponse } from '../../../shared/exports/requests';
import { useContractMutation } from '../api/useContractMutation';
import { DamagedFileNotice } from '../components/DamagedFileNotice';
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
  // Each makes the preview stale by its contract line: it is built again before the confirmation shows.
  const safe = useContractMutation('markSafeWord', {
    onSuccess: () => onChanged(t('exports.warnings.markedSafe', { word })),
  });
  const named = useContractMutation('decideBriefReview', {
    onSuccess: () => onChanged(t('exports.warnings.namedEverywhere', { word })),
  });
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
              disabled={named.isPending}
              onClick={() => named.mutate({ caseId: journalCase.id, action: 'name-word', word })}
            >
              {t('exports.warnings.isListedName', { pseudonym })}
            </button>
          ) : (
            <button type="button" onClick={() => setNaming(true)}>
              {t('exports.warnings.isName')}
            </button>
          )}
          <button type="button" disabled={safe.isPending} onClick={() => safe.mutate({ caseId: journalCase.id, word })}>
            {t(listed ? 'exports.warnings.isOrdinaryWord' : 'exports.warnings.isSafe')}
          </button>
        </div>
      )}
      {safe.error && <DamagedFileNotice error={safe.error.shape} onRestored={safe.reset} />}
      {named.error && <DamagedFileNotice error={named.error.shape} onRestored={named.reset} />}
    </li>
  );
}
