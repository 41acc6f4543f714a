/** A statement's words in the language of the screen: the same words the documents print in it. */
import { useTranslation } from 'react-i18next';
import { factWords, statementWords } from '../../../shared/domain/report/factWords';
import type { PrefilledFact } from '../../../shared/domain/report/prefilledFact';
import type { Statement } from '../../../shared/domain/report/report';
import type { BriefLanguage } from '../../../shared/exports/language';
import { briefLanguageOf } from '../exports/briefChoices';

export function useReportLanguage(): BriefLanguage {
  const { i18n } = useTranslation();
  return briefLanguageOf(i18n.resolvedLanguage ?? i18n.language);
}

export function useStatementWords(): {
  words: (statement: Statement) => string;
  factWords: (fact: PrefilledFact) => string;
} {
  const language = useReportLanguage();
  return {
    words: (statement) => statementWords(statement, language),
    factWords: (fact) => factWords(fact, language),
  };
}
