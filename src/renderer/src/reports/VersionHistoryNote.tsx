import { useTranslation } from 'react-i18next';
import type { CaseWithEntries } from '../../../shared/domain/case';
import type { ReportVersion } from '../../../shared/domain/report/report';
import { formatCalendarDate, todayDate } from '../cases/dates';

interface Props {
  journalCase: CaseWithEntries;
  version: ReportVersion;
  isNewest: boolean;
}

/** Why the shown version cannot change, and what happened to it: shared, made final, submitted. */
export function VersionHistoryNote({ journalCase, version, isNewest }: Props) {
  const { t, i18n } = useTranslation();
  const date = (value: string) => formatCalendarDate(value, i18n.language);
  const lines: string[] = [];
  if (version.status !== 'draft') {
    lines.push(t('reports.screen.frozen', { status: t(`reports.screen.frozenNames.${version.status}`) }));
  } else if (!isNewest) {
    lines.push(t('reports.screen.olderDraft'));
  }
  const sharing = version.sharedWith;
  if (sharing !== undefined) {
    const party = journalCase.parties.find((candidate) => candidate.id === sharing.partyId);
    lines.push(
      t('reports.screen.sharedWith', {
        name: party?.name ?? sharing.partyId,
        date: date(sharing.date),
        method: t(`reports.share.methodsInSentence.${sharing.method}`),
      }),
    );
  }
  if (version.finalized !== undefined) {
    lines.push(t('reports.screen.finalizedOn', { date: date(todayDate(new Date(version.finalized.at))) }));
    const reason = version.finalized.override?.reason;
    if (reason !== undefined) lines.push(t('reports.screen.override', { reason }));
  }
  if (version.submitted !== undefined) {
    lines.push(t('reports.screen.submittedOn', { court: version.submitted.court, date: date(version.submitted.date) }));
  }
  if (lines.length === 0) return null;
  return (
    <div className="callout reports-history" data-testid="version-note">
      {lines.map((line) => (
        <p key={line}>{line}</p>
      ))}
    </div>
  );
}
