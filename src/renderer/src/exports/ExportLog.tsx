import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Entry } from '../../../shared/domain/entry';
import { loadStateOf } from '../api/loadState';
import { useContractQuery } from '../api/useContractQuery';
import { ErrorMessage } from '../components/ErrorMessage';
import { useNavigation } from '../navigation/NavigationContext';
import { ExportedFileCells } from '../ui/ExportedFileCells';
import './exports.css';

interface Props {
  caseId: string;
  /** The case's reflections, to count the supervision entries linked to each brief. */
  entries: readonly Pick<Entry, 'supervisionOf'>[];
}

/**
 * The case's export log: every file that left the journal, when, for whom, and its SHA-256. An
 * export logged but never confirmed (Alianza stopped while saving it) says it may have been
 * written, so the practitioner looks for the file. A supervision brief's row offers to record
 * what the supervisor said, and counts what was recorded.
 */
export function ExportLog({ caseId, entries }: Props) {
  const { t, i18n } = useTranslation();
  const { navigate } = useNavigation();
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
          <caption className="cases-visually-hidden">{t('exports.log.caption')}</caption>
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
                      count={entries.filter((entry) => entry.supervisionOf?.exportId === record.id).length}
                      onRecord={() => navigate({ screen: 'entry', caseId, supervisionOf: record.id })}
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

/** How many supervision entries record this brief's supervision, and a way to add one. */
function SupervisionCell({ count, onRecord }: { count: number; onRecord: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="export-supervision">
      {count > 0 && <span className="help">{t('exports.log.supervisionEntries', { count })}</span>}
      <button type="button" onClick={onRecord}>
        {t('exports.log.recordSupervision')}
      </button>
    </div>
  );
}
