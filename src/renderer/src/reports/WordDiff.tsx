import { useTranslation } from 'react-i18next';
import type { TextChange } from '../../../shared/reports/requests';

/**
 * A changed statement word by word. Added and removed runs are <ins> and <del> with words a
 * screen reader says ("added:", "removed:") and a mark that does not rely on colour.
 */
export function WordDiff({ changes }: { changes: readonly TextChange[] }) {
  const { t } = useTranslation();
  return (
    <p className="reports-diff">
      {changes.map((change, index) => {
        if (change.kind === 'same') return <span key={index}>{change.text}</span>;
        if (change.kind === 'added')
          return (
            <ins key={index}>
              <span className="visually-hidden">{t('reports.compare.insertedWords')} </span>
              {change.text}
            </ins>
          );
        return (
          <del key={index}>
            <span className="visually-hidden">{t('reports.compare.deletedWords')} </span>
            {change.text}
          </del>
        );
      })}
    </p>
  );
}
