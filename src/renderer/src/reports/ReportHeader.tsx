import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseWithEntries } from '../../../shared/domain/case';
import type { CourtReport, ReportVersion } from '../../../shared/domain/report/report';
import { formatCalendarDate } from '../cases/dates';
import { SelectField } from '../ui/form/SelectField';
import { useNavigation } from '../navigation/NavigationContext';
import { isSubmitted, newestVersion } from './reportVersions';
import { ReviewWindowNote } from './ReviewWindowNote';
import { VersionHistoryNote } from './VersionHistoryNote';

interface Props {
  journalCase: CaseWithEntries;
  report: CourtReport;
  version: ReportVersion;
  titleId: string;
  headingRef: Ref<HTMLHeadingElement>;
  onShowVersion: (number: number) => void;
}

/** The report's title, hearing and court, the status of the version shown, and every version to pick. */
export function ReportHeader({ journalCase, report, version, titleId, headingRef, onShowVersion }: Props) {
  const { t, i18n } = useTranslation();
  const { navigate } = useNavigation();
  const newest = newestVersion(report);
  const date = report.hearing.date;
  return (
    <header className="reports-header">
      <div className="reports-header-top">
        <div>
          <h1 id={titleId} ref={headingRef} tabIndex={-1}>
            {report.title}
          </h1>
          <p className="brief-case">{journalCase.alias}</p>
        </div>
        <button type="button" onClick={() => navigate({ screen: 'case', caseId: journalCase.id, tab: 'reports' })}>
          {t('reports.screen.back')}
        </button>
      </div>
      <dl className="case-summary">
        <div>
          <dt>{t('reports.screen.hearing')}</dt>
          <dd>
            {t(`reports.hearingKinds.${report.hearing.kind}`)}
            {', '}
            {date === undefined ? t('reports.list.noDate') : formatCalendarDate(date, i18n.language)}
          </dd>
        </div>
        <div>
          <dt>{t('reports.screen.court')}</dt>
          <dd>
            {report.court === undefined || report.court.trim() === '' ? t('reports.screen.noCourt') : report.court}
          </dd>
        </div>
        <div>
          <dt>{t('reports.screen.reviewDays')}</dt>
          <dd>{t('reports.screen.reviewDaysValue', { count: report.reviewWorkingDays })}</dd>
        </div>
        <div>
          <dt>{t('reports.screen.status')}</dt>
          <dd>
            <span className="reports-status" data-status={version.status} data-testid="report-status">
              {t(`reports.statuses.${version.status}`)}
            </span>
          </dd>
        </div>
      </dl>
      <SelectField
        label={t('reports.screen.version')}
        value={String(version.number)}
        onChange={(value) => onShowVersion(Number(value))}
      >
        {[...report.versions].reverse().map((candidate) => (
          <option key={candidate.number} value={candidate.number}>
            {t('reports.screen.versionOption', {
              number: candidate.number,
              status: t(`reports.statuses.${candidate.status}`),
            })}
            {candidate.number === newest.number ? ` ${t('reports.screen.newest')}` : ''}
          </option>
        ))}
      </SelectField>
      {!isSubmitted(report) && newest.status !== 'final' && <ReviewWindowNote report={report} />}
      <VersionHistoryNote journalCase={journalCase} version={version} isNewest={version.number === newest.number} />
    </header>
  );
}
