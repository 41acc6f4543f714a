import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../components/ErrorMessage';
import { useExportLog } from './useExportLog';
import './exports.css';

/** The case's export log: every file that left the journal, when, for whom, and its SHA-256. */
export function ExportLog({ caseId }: { caseId: string }) {
  const { t, i18n } = useTranslation();
  const titleId = useId();
  const { state } = useExportLog(caseId);
  const when = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <section className="case-exports" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('exports.log.title')}</h2>
      {state.kind === 'failed' && <ErrorMessage error={state.error} />}
      {state.kind === 'loaded' && state.records.length === 0 && <p className="help">{t('exports.log.none')}</p>}
      {state.kind === 'loaded' && state.records.length > 0 && (
        <table className="export-log">
          <caption className="cases-visually-hidden">{t('exports.log.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('exports.log.when')}</th>
              <th scope="col">{t('exports.log.kind')}</th>
              <th scope="col">{t('exports.log.recipient')}</th>
              <th scope="col">{t('exports.log.file')}</th>
              <th scope="col">{t('exports.log.sha256')}</th>
            </tr>
          </thead>
          <tbody>
            {state.records.map((record) => (
              <tr key={record.id}>
                <td>{when.format(new Date(record.exportedAt))}</td>
                <td>
                  {t(`exports.log.kinds.${record.kind}`)}{' '}
                  <span className="export-format">{t(`exports.log.formats.${record.format}`)}</span>
                </td>
                <td>{record.recipient ?? t('exports.log.noRecipient')}</td>
                <td className="path">{record.fileName}</td>
                <td className="path export-hash">{record.sha256}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
