import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { courtDocuments } from '../../../shared/domain/report/documents';
import type { ReportVersion } from '../../../shared/domain/report/report';
import { DocumentTable } from './DocumentTable';
import { SentDocuments } from './SentDocuments';

/**
 * The files exported from the shown version, with the SHA-256 to compare with what the court
 * received. A submitted version lists what went to court first, then the copies printed later.
 */
export function DocumentList({ version }: { version: ReportVersion }) {
  const { t } = useTranslation();
  const titleId = useId();
  const submitted = version.status === 'submitted';
  const split = submitted ? courtDocuments(version) : undefined;
  const pinned = split?.pinned ?? false;
  const documents = split?.later ?? version.documents;
  return (
    <>
      {submitted && <SentDocuments version={version} />}
      {(!pinned || documents.length > 0) && (
        <section className="reports-documents" aria-labelledby={titleId}>
          <h2 id={titleId}>{t(pinned ? 'reports.export.later' : 'reports.export.documents')}</h2>
          {documents.length === 0 ? (
            <p className="help">{t('reports.export.noDocuments')}</p>
          ) : (
            <DocumentTable documents={documents} />
          )}
        </section>
      )}
    </>
  );
}
