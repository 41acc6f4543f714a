import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { courtDocuments } from '../../../shared/domain/report/documents';
import type { ReportVersion } from '../../../shared/domain/report/report';
import { DocumentTable } from './DocumentTable';

interface Props {
  version: ReportVersion;
  /** Inside the export form: a plain part of it, so the screen keeps one region of that name. */
  inPanel?: boolean;
}

/** What went to court from a submitted version: the final files pinned when it was submitted. */
export function SentDocuments({ version, inPanel = false }: Props) {
  const { t } = useTranslation();
  const titleId = useId();
  const { pinned, sent } = courtDocuments(version);
  const Heading = inPanel ? 'h3' : 'h2';
  const content = (
    <>
      <Heading id={titleId}>{t('reports.export.sent')}</Heading>
      {pinned ? (
        <>
          <p className="help">{t('reports.export.sentHelp')}</p>
          <DocumentTable documents={sent} />
        </>
      ) : (
        <p className="help">{t('reports.export.sentUnknown')}</p>
      )}
    </>
  );
  return inPanel ? (
    <div className="reports-documents" data-testid="sent-in-panel">
      {content}
    </div>
  ) : (
    <section className="reports-documents" aria-labelledby={titleId}>
      {content}
    </section>
  );
}
