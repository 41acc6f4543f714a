import { useTranslation } from 'react-i18next';

export interface SummaryLine {
  /** The heading of the list it jumps to. */
  headingId: string;
  text: string;
  count: number;
}

/**
 * The top of Home: the lists that hold something, with their counts, each a button that moves
 * focus (and the view) to its list, so thirty cases' work reads in one glance and one Tab.
 */
export function QueueSummary({ lines }: { lines: readonly SummaryLine[] }) {
  const { t } = useTranslation();
  const waiting = lines.filter((line) => line.count > 0);
  if (waiting.length === 0) return <p className="lead">{t('queue.allClear')}</p>;
  return (
    <nav aria-label={t('queue.summaryLabel')} className="home-queue-summary">
      <ul>
        {waiting.map((line) => (
          <li key={line.headingId}>
            <button
              type="button"
              className="link-button"
              onClick={() => {
                const heading = document.getElementById(line.headingId);
                heading?.focus();
                heading?.scrollIntoView({ block: 'start' });
              }}
            >
              {line.text}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
