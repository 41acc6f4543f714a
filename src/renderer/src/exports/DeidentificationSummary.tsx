import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { summaryGroups, type SummaryGroup } from '../../../shared/exports/brief/summaryGroups';
import type { PreviewBriefResponse } from '../../../shared/exports/requests';

const order: SummaryGroup[] = [
  'names',
  'addresses',
  'phones',
  'datesOfBirth',
  'ids',
  'courtReferences',
  'otherDetails',
];

/** How much de-identification replaced, in counts only: the same figures as the brief's first page. */
export function DeidentificationSummary({ summary }: { summary: PreviewBriefResponse['summary'] }) {
  const { t } = useTranslation();
  const titleId = useId();
  const groups = summaryGroups(summary);
  return (
    <section className="brief-card brief-summary" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('exports.summary.title')}</h2>
      <p className="help">{t('exports.summary.help')}</p>
      <dl className="brief-summary-counts">
        {order.map((group) => (
          <div key={group}>
            <dt>{t(`exports.summary.groups.${group}`)}</dt>
            <dd>{groups[group]}</dd>
          </div>
        ))}
      </dl>
      {summary.acceptedAsSafe > 0 && <p>{t('exports.summary.safe', { count: summary.acceptedAsSafe })}</p>}
    </section>
  );
}
