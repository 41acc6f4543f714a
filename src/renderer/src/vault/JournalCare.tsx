import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupJournalResponse, VerifyJournalResponse } from '../../../shared/journal/careRequests';
import { getApi } from '../api/client';
import { useContractMutation } from '../api/useContractMutation';
import { ErrorMessage } from '../components/ErrorMessage';
import { useSubmit } from './useSubmit';

/** Backup, a check of every file and an import, in Settings; each long step shows its bar. */
export function JournalCare() {
  const { t } = useTranslation();
  const [backedUp, setBackedUp] = useState<BackupJournalResponse | undefined>();
  const [verified, setVerified] = useState<VerifyJournalResponse | undefined>();
  const backup = useSubmit(setBackedUp);
  const verify = useSubmit(setVerified);
  // The cases it brings in reach the case list through the contract's stale reads.
  const importing = useContractMutation('importJournal');
  const imported = importing.data;
  const busy = backup.busy || verify.busy || importing.isPending;

  return (
    <>
      <h2>{t('care.title')}</h2>
      <p className="help">{t('care.intro')}</p>
      <div className="subsection" data-testid="journal-backup">
        <button type="button" disabled={busy} onClick={() => void backup.submit(() => getApi().backupJournal())}>
          {t('care.backup')}
        </button>
        {backedUp?.done === true && (
          <p role="status">{t('care.backedUp', { count: backedUp.files, file: backedUp.file })}</p>
        )}
        {backup.error && <ErrorMessage error={backup.error} />}
      </div>
      <div className="subsection" data-testid="journal-verify">
        <button type="button" disabled={busy} onClick={() => void verify.submit(() => getApi().verifyJournal())}>
          {t('care.verify')}
        </button>
        {verified !== undefined && <VerifyResult result={verified} />}
        {verify.error && <ErrorMessage error={verify.error} />}
      </div>
      <div className="subsection" data-testid="journal-import">
        <h3>{t('care.importTitle')}</h3>
        <p className="help">{t('care.importHelp')}</p>
        <button type="button" disabled={busy} onClick={() => importing.mutate(undefined)}>
          {t('care.import')}
        </button>
        {imported?.done === true && (
          <p role="status">
            {t('care.imported', { count: imported.cases, entries: imported.entries, reports: imported.courtReports })}
          </p>
        )}
        {importing.error && <ErrorMessage error={importing.error.shape} />}
      </div>
    </>
  );
}

function VerifyResult({ result }: { result: VerifyJournalResponse }) {
  const { t } = useTranslation();
  return (
    <div role="status">
      {result.problems.length === 0 ? (
        <p>{t('care.verified', { count: result.checked })}</p>
      ) : (
        <>
          <p>{t('care.problems', { count: result.problems.length, checked: result.checked })}</p>
          <ul>
            {result.problems.map((problem) => (
              <li key={problem.path}>
                {t(`care.problemKinds.${problem.kind}`)}: <span className="path">{problem.path}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      {result.oldIndex && <p className="help">{t('care.oldIndex')}</p>}
    </div>
  );
}
