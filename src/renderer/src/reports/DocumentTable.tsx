import { useTranslation } from 'react-i18next';
import type { ReportDocument } from '../../../shared/domain/report/report';
import { formatMoment } from '../entries/dates';
import { ExportedFileCells } from '../ui/ExportedFileCells';

/** Exported files, newest first, each with its SHA-256 to compare with a file on disk. */
export function DocumentTable({ documents }: { documents: readonly ReportDocument[] }) {
  const { t, i18n } = useTranslation();
  return (
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
        {[...documents].reverse().map((document) => (
          <tr key={`${document.exportedAt}/${document.fileName}`}>
            <td>{formatMoment(document.exportedAt, i18n.language)}</td>
            <td>
              {t(`reports.export.kinds.${document.kind}`)}{' '}
              <span className="export-format">{t(`reports.export.formats.${document.format}`)}</span>
            </td>
            <ExportedFileCells
              fileName={document.fileName}
              sha256={document.sha256}
              hashName={t('reports.export.sha256')}
            />
          </tr>
        ))}
      </tbody>
    </table>
  );
}
