import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { CourtReport } from '../../../shared/domain/report/report';
import type { ReportSectionKind } from '../../../shared/domain/report/reportTaxonomy';
import { formatCalendarDate } from '../cases/dates';
import { PanelToggle } from '../ui/PanelToggle';
import { CommentForm } from './CommentForm';
import { ResponseForm } from './ResponseForm';
import { commentPanelOf, responsePanelOf, samePanel, type ReportPanel } from './reportPanels';
import { isFinalOrSubmitted, reviewedVersion } from './reportVersions';

interface Props {
  report: CourtReport;
  section: ReportSectionKind;
  /** The section's heading: the record button is described by it, as every section has one. */
  headingId: string;
  panel: ReportPanel | undefined;
  onToggle: (panel: ReportPanel) => void;
  onCancel: () => void;
  onDone: (report: CourtReport, message: string) => void;
}

/**
 * Under each section: what the caregiver said about it, in their words, and what the practitioner
 * did about each comment. Comments can be recorded once a review copy was shared.
 */
export function SectionComments({ report, section, headingId, panel, onToggle, onCancel, onDone }: Props) {
  const { t, i18n } = useTranslation();
  const titleId = useId();
  const reviewed = reviewedVersion(report);
  const comments = report.comments.filter((comment) => comment.section === section);
  // A final version prints the comments and their answers: they change only in a new version.
  const open = !isFinalOrSubmitted(report);
  const recordPanel = commentPanelOf(section);
  if (reviewed === undefined && comments.length === 0) return null;
  return (
    <div className="reports-comments">
      {comments.length > 0 && (
        <>
          <h3 id={titleId}>{t('reports.comments.listTitle')}</h3>
          <ul className="reports-comment-list" aria-labelledby={titleId}>
            {comments.map((comment) => {
              const responsePanel = responsePanelOf(comment.id);
              return (
                <li key={comment.id} className="reports-comment" data-testid="caregiver-comment">
                  <p className="reports-comment-meta">
                    <span className="reports-badge" data-stance={comment.stance}>
                      {t(`reports.comments.stances.${comment.stance}`)}
                    </span>{' '}
                    {t('reports.comments.onVersion', {
                      number: comment.version,
                      date: formatCalendarDate(comment.recordedOn, i18n.language),
                    })}
                    {comment.line !== undefined && ` · ${t('reports.comments.onLine', { line: comment.line })}`}
                  </p>
                  <blockquote className="reports-comment-words">{comment.words}</blockquote>
                  {comment.response === undefined ? (
                    <p className="help">{t('reports.comments.noResponse')}</p>
                  ) : (
                    <p className="reports-comment-response">
                      <strong>{t(`reports.comments.outcomes.${comment.response.outcome}`)}</strong>
                      {comment.response.note === '' ? '' : ` – ${comment.response.note}`}
                    </p>
                  )}
                  {open && (
                    <PanelToggle expanded={samePanel(panel, responsePanel)} onToggle={() => onToggle(responsePanel)}>
                      {t('reports.comments.respond')}
                    </PanelToggle>
                  )}
                  {samePanel(panel, responsePanel) && (
                    <ResponseForm report={report} comment={comment} onCancel={onCancel} onDone={onDone} />
                  )}
                </li>
              );
            })}
          </ul>
        </>
      )}
      {open && reviewed !== undefined && (
        <PanelToggle
          expanded={samePanel(panel, recordPanel)}
          aria-describedby={headingId}
          onToggle={() => onToggle(recordPanel)}
        >
          {t('reports.comments.open')}
        </PanelToggle>
      )}
      {open && reviewed !== undefined && samePanel(panel, recordPanel) && (
        <CommentForm report={report} version={reviewed.number} section={section} onCancel={onCancel} onDone={onDone} />
      )}
    </div>
  );
}
