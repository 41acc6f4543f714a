import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportVersion } from '../../../shared/domain/report/report';
import { formatMoment } from '../entries/dates';

/** The files exported from the shown version, with the SHA-256 to compare with what the court received. */
export function DocumentList({ version }: { version: ReportVersion }) {
  const { t, i18n } = useTranslation();
  const titleId = useId();
  return (
    <section className="reports-documents" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('reports.export.documents')}</h2>
      {version.documents.length === 0 ? (
        <p className="help">{t('reports.export.noDocuments')}</p>
      ) : (
        <table className="export-log">
          <thead>
            <tr>
              <th scope="col">{t('reports.export.when')}</th>
              <th scope="col">{t('reports.export.document')}</th>
              <th scope="col">{t('reports.export.file')}</th>
              <th scope="col">{t('reports.export.sha256')}</th>
            </tr>
          </thead>
          <tbody>
            {[...version.documents].reverse().map((document) => (
              <tr key={`${document.exportedAt}/${document.fileName}`}>
                <td>{formatMoment(document.exportedAt, i18n.language)}</td>
                <td>
                  {t(`reports.export.kinds.${document.kind}`)}{' '}
                  <span className="export-format">{t(`reports.export.formats.${document.format}`)}</span>
                </td>
                <td className="path">{document.fileName}</td>
                <td className="path export-hash">{document.sha256}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
