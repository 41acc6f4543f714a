import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseWithEntries } from '../../../shared/domain/case';
import type { CourtReport, ReportVersion, Statement } from '../../../shared/domain/report/report';
import type { ReportSectionKind } from '../../../shared/domain/report/reportTaxonomy';
import { formatCalendarDate } from '../cases/dates';
import { draftOf } from './reportDraft';
import { StatementBadges } from './StatementBadges';

interface Props {
  journalCase: CaseWithEntries;
  report: CourtReport;
  version: ReportVersion;
  renderComments: (kind: ReportSectionKind, headingId: string) => ReactNode;
}

/** A version that can no longer change (or an older draft), as it reads, section by section. */
export function ReportReader({ journalCase, version, renderComments }: Props) {
  const { t } = useTranslation();
  const { sections, caregiverViewAbsentReason } = draftOf(version);
  return (
    <div className="reports-reader" data-testid="report-reader">
      {sections.map((section) => (
        <ReaderSection
          key={section.kind}
          kind={section.kind}
          comments={(headingId) => renderComments(section.kind, headingId)}
        >
          {section.statements.length === 0 && (
            <p className="help">
              {section.kind === 'caregiver-view' && caregiverViewAbsentReason !== ''
                ? `${t('reports.editor.absentReason')}: ${caregiverViewAbsentReason}`
                : t('reports.screen.emptySection')}
            </p>
          )}
          {section.statements.length > 0 && (
            <ol className="reports-statements">
              {section.statements.map((statement) => (
                <StatementView key={statement.id} statement={statement} journalCase={journalCase} />
              ))}
            </ol>
          )}
        </ReaderSection>
      ))}
    </div>
  );
}

function ReaderSection({
  kind,
  comments,
  children,
}: {
  kind: ReportSectionKind;
  comments: (headingId: string) => ReactNode;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const titleId = useId();
  return (
    <section className="reports-section" aria-labelledby={titleId} data-section={kind}>
      <h2 id={titleId}>{t(`reports.sections.${kind}`)}</h2>
      {children}
      {comments(titleId)}
    </section>
  );
}

/** A statement as it reads: its badges, its text, the sessions it cites. */
function StatementView({ statement, journalCase }: { statement: Statement; journalCase: CaseWithEntries }) {
  const { t, i18n } = useTranslation();
  const dates = statement.citations
    .map((entryId) => journalCase.entries.find((entry) => entry.id === entryId)?.sessionDate)
    .filter((date) => date !== undefined)
    .sort()
    .map((date) => formatCalendarDate(date, i18n.language));
  return (
    <li className="reports-statement reports-statement-read" data-testid="statement">
      <StatementBadges statement={statement} parties={journalCase.parties} />
      <p className="reports-statement-text">{statement.text}</p>
      {dates.length > 0 && <p className="help">{t('reports.statement.cites', { dates: dates.join(', ') })}</p>}
    </li>
  );
}
