import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseWithEntries } from '../../../shared/domain/case';
import type { PreviewBriefResponse } from '../../../shared/exports/requests';
import { NameWarningItem } from './NameWarningItem';

interface Props {
  journalCase: CaseWithEntries;
  warnings: PreviewBriefResponse['warnings'];
  nextOtherPseudonym: string;
  /** A name or a safe word was recorded: say so, and build the preview again. */
  onChanged: (confirmation: string) => void;
}

/** The capitalised words still in the brief that could be names, each to be settled. */
export function NameWarningList({ journalCase, warnings, nextOtherPseudonym, onChanged }: Props) {
  const { t } = useTranslation();
  const titleId = useId();
  return (
    <section
      className="brief-card brief-warnings"
      data-pending={warnings.length > 0 ? 'true' : undefined}
      aria-labelledby={titleId}
    >
      <h2 id={titleId}>{t('exports.warnings.title')}</h2>
      {warnings.length === 0 ? (
        <p>{t('exports.warnings.none')}</p>
      ) : (
        <>
          <p className="help">{t('exports.warnings.help')}</p>
          <ul className="brief-warning-items">
            {warnings.map((warning) => (
              <NameWarningItem
                key={warning.word}
                journalCase={journalCase}
                warning={warning}
                nextOtherPseudonym={nextOtherPseudonym}
                onChanged={onChanged}
              />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
