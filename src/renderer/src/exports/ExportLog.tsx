import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Entry } from '../../../shared/domain/entry';
import type { CaseSupervision } from '../../../shared/domain/supervision';
import { loadStateOf } from '../api/loadState';
import { useContractQuery } from '../api/useContractQuery';
import { ErrorMessage } from '../components/ErrorMessage';
import { ExportedFileCells } from '../ui/ExportedFileCells';
import './exports.css';

interface Props {
  caseId: string;
  /** The case's reflections, to count the older supervision reflections linked to each brief. */
  entries: readonly Pick<Entry, 'supervisionOf'>[];
  /** The case's supervision records, to count those that discussed each brief. */
  supervisions: readonly Pick<CaseSupervision, 'briefs'>[];
  /** Opens the Supervision form with this brief (its export record id) ticked. */
  onRecordSupervision: (exportId: string) => void;
}

/**
 * The case's export log: every file that left the journal, when, for whom, and its SHA-256. An
 * export logged but never confirmed (Alianza stopped while saving it) says it may have been
 * written, so the practitioner looks for the file. A supervision brief's row offers to record
 * the supervision that discussed it, and counts the supervisions recorded about it: supervision
 * records, and the supervision reflections journals kept before them.
 */
export function ExportLog({ caseId, entries, supervisions, onRecordSupervision }: Props) {
  const { t, i18n } = useTranslation();
  const titleId = useId();
  const state = loadStateOf(useContractQuery('listExports', { caseId }));
  const when = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <section className="case-exports" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('exports.log.title')}</h2>
      {state.kind === 'failed' && <ErrorMessage error={state.error} />}
      {state.kind === 'loaded' && state.value.length === 0 && <p className="help">{t('exports.log.none')}</p>}
      {state.kind === 'loaded' && state.value.length > 0 && (
        <table className="export-log">
          <caption className="visually-hidden">{t('exports.log.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('exports.log.when')}</th>
              <th scope="col">{t('exports.log.kind')}</th>
              <th scope="col">{t('exports.log.recipient')}</th>
              <th scope="col">{t('exports.log.file')}</th>
              <th scope="col">{t('exports.log.sha256')}</th>
              <th scope="col">{t('exports.log.supervision')}</th>
            </tr>
          </thead>
          <tbody>
            {state.value.map((record) => (
              <tr key={record.id}>
                <td>
                  {when.format(new Date(record.exportedAt))}
                  {record.status === 'pending' && (
                    <p className="help export-pending">
                      <strong>{t('exports.log.pending')}</strong> {t('exports.log.pendingHelp')}
                    </p>
                  )}
                </td>
                <td>
                  {t(`exports.log.kinds.${record.kind}`)}{' '}
                  <span className="export-format">{t(`exports.log.formats.${record.format}`)}</span>
                </td>
                <td>{record.recipient ?? t('exports.log.noRecipient')}</td>
                <ExportedFileCells
                  fileName={record.fileName}
                  sha256={record.sha256}
                  hashName={t('exports.log.sha256')}
                />
                <td>
                  {record.kind === 'supervision-brief' && (
                    <SupervisionCell
                      count={
                        supervisions.filter((part) => part.briefs.includes(record.id)).length +
                        entries.filter((entry) => entry.supervisionOf?.exportId === record.id).length
                      }
                      onRecord={() => onRecordSupervision(record.id)}
                    />
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

/** How many supervisions discussed this brief, and a way to record one. */
function SupervisionCell({ count, onRecord }: { count: number; onRecord: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="export-supervision">
      {count > 0 && <span className="help">{t('exports.log.supervisions', { count })}</span>}
      <button type="button" onClick={onRecord}>
        {t('exports.log.recordSupervision')}
      </button>
    </div>
  );
}
