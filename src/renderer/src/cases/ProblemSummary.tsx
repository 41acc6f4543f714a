import { useTranslation } from 'react-i18next';

/** "Check the 2 marked fields": announced when a save is refused, empty otherwise. */
export function ProblemSummary({ count }: { count: number }) {
  const { t } = useTranslation();
  return (
    <p className={count > 0 ? 'cases-problems' : 'cases-problems-empty'} role="alert">
      {count > 0 ? t('cases.problems.summary', { count }) : ''}
    </p>
  );
}
