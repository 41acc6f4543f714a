import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Case, CaseWithEntries } from '../../../shared/domain/case';
import type { PreviewBriefResponse } from '../../../shared/exports/requests';
import { getApi } from '../api/client';
import { DamagedFileNotice } from '../components/DamagedFileNotice';
import { useSubmit } from '../vault/useSubmit';
import { MarkAsNameForm } from './MarkAsNameForm';

interface Props {
  journalCase: CaseWithEntries;
  warning: PreviewBriefResponse['warnings'][number];
  onCaseUpdated: (updated: Case) => void;
  onChanged: (confirmation: string) => void;
}

/** One word that could be a name, where it appears, and the two ways to settle it. */
export function NameWarningItem({ journalCase, warning, onCaseUpdated, onChanged }: Props) {
  const { t } = useTranslation();
  const [naming, setNaming] = useState(false);
  const { word } = warning;
  const safe = useSubmit(() => onChanged(t('exports.warnings.markedSafe', { word })));
  return (
    <li className="brief-warning">
      <p className="brief-warning-word">
        <strong>{word}</strong>{' '}
        <span className="brief-count">{t('exports.replacements.times', { count: warning.count })}</span>
      </p>
      {warning.contexts.slice(0, 2).map((context) => (
        <blockquote key={context} className="brief-warning-context">
          {context}
        </blockquote>
      ))}
      {naming ? (
        <MarkAsNameForm
          journalCase={journalCase}
          word={word}
          onCancel={() => setNaming(false)}
          onSaved={(updated, party) => {
            onCaseUpdated(updated);
            onChanged(t('exports.warnings.addedName', { word, party }));
          }}
        />
      ) : (
        <div className="actions brief-warning-actions">
          <button type="button" onClick={() => setNaming(true)}>
            {t('exports.warnings.isName')}
          </button>
          <button
            type="button"
            disabled={safe.busy}
            onClick={() => void safe.submit(() => getApi().markSafeWord({ caseId: journalCase.id, word }))}
          >
            {t('exports.warnings.isSafe')}
          </button>
        </div>
      )}
      {safe.error && <DamagedFileNotice error={safe.error} onRestored={safe.clearError} />}
    </li>
  );
}
