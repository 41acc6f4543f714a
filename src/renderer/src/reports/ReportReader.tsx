import { useId, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseWithEntries } from '../../../shared/domain/case';
import type { CourtReport, ReportVersion, Statement } from '../../../shared/domain/report/report';
import type { ReportSectionKind } from '../../../shared/domain/report/reportTaxonomy';
import { formatCalendarDate } from '../cases/dates';
import { draftOf } from './reportDraft';
import type { NumberedLine } from '../../../shared/exports/courtReport/reviewLines';
import { FactCheckNote } from './FactCheckNote';
import { reviewCopyLines } from './reviewCopyLines';
import { StatementBadges } from './StatementBadges';
import { useReportLanguage, useStatementWords } from './useStatementWords';

interface Props {
  journalCase: CaseWithEntries;
  report: CourtReport;
  version: ReportVersion;
  renderComments: (kind: ReportSectionKind, headingId: string) => ReactNode;
}

/** A version that can no longer change (or an older draft), as it reads, section by section. */
export function ReportReader({ journalCase, report, version, renderComments }: Props) {
  const { t } = useTranslation();
  const language = useReportLanguage();
  const { sections, caregiverViewAbsentReason } = draftOf(version);
  // A version the caregiver read shows the lines of their copy, numbered as it numbers them.
  const numbered = useMemo(
    () => (version.sharedWith === undefined ? undefined : reviewCopyLines(journalCase, report, version, language)),
    [journalCase, report, version, language],
  );
  return (
    <div className="reports-reader" data-testid="report-reader">
      {numbered !== undefined && <p className="help">{t('reports.screen.lineNumbers')}</p>}
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
                <StatementView
                  key={statement.id}
                  statement={statement}
                  journalCase={journalCase}
                  lines={numbered?.get(statement.id)}
                />
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

/**
 * A statement as it reads: its badges, its text, the sessions it cites; in a shared version, its
 * lines as the review copy prints and numbers them.
 */
function StatementView({
  statement,
  journalCase,
  lines,
}: {
  statement: Statement;
  journalCase: CaseWithEntries;
  lines: NumberedLine[][] | undefined;
}) {
  const { t, i18n } = useTranslation();
  const { words } = useStatementWords();
  const dates = statement.citations
    .map((entryId) => journalCase.entries.find((entry) => entry.id === entryId)?.sessionDate)
    .filter((date) => date !== undefined)
    .sort()
    .map((date) => formatCalendarDate(date, i18n.language));
  return (
    <li className="reports-statement reports-statement-read" data-testid="statement">
      <StatementBadges statement={statement} parties={journalCase.parties} />
      {lines === undefined ? (
        <>
          <p className="reports-statement-text">{words(statement)}</p>
          {dates.length > 0 && <p className="help">{t('reports.statement.cites', { dates: dates.join(', ') })}</p>}
        </>
      ) : (
        <NumberedLines paragraphs={lines} />
      )}
      <FactCheckNote statement={statement} place={{ number: 0, section: '' }} />
    </li>
  );
}

/** Paragraphs of numbered lines, each line as the review copy prints it, its number in the margin. */
function NumberedLines({ paragraphs }: { paragraphs: NumberedLine[][] }) {
  return (
    <div className="reports-numbered" data-testid="numbered-lines">
      {paragraphs.map((lines, index) => (
        <p key={lines[0]?.number ?? index} className="reports-numbered-paragraph">
          {lines.map((line) => (
            <span key={line.number} className="reports-line">
              <span className="reports-line-number">{line.number}</span> {line.text}
            </span>
          ))}
        </p>
      ))}
    </div>
  );
}
