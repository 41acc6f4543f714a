import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Case } from '../../../shared/domain/case';
import { getApi } from '../api/client';
import { DamagedFileNotice } from '../components/DamagedFileNotice';
import { useSubmit } from '../vault/useSubmit';
import { FormActions } from './FormActions';
import { InlinePanel } from './InlinePanel';
import type { PanelProps } from './panelProps';

/** Archive the case: it leaves the everyday list but stays in the journal, and can be reopened. */
export function ArchiveCaseForm({ journalCase, onSaved, onCancel, onRestored }: PanelProps) {
  const { t } = useTranslation();
  const { busy, error, submit } = useSubmit((updated: Case) => onSaved(updated, t('cases.saved.archived')));

  function onSubmit(event: FormEvent): void {
    event.preventDefault();
    void submit(() => getApi().setCaseStatus({ caseId: journalCase.id, status: 'archived' }));
  }

  return (
    <InlinePanel title={t('cases.status.archiveTitle')}>
      <p>{t('cases.status.archiveExplain')}</p>
      <form onSubmit={onSubmit} noValidate>
        {error && <DamagedFileNotice error={error} onRestored={onRestored} />}
        <FormActions submitLabel={t('cases.status.archiveConfirm')} busy={busy} onCancel={onCancel} />
      </form>
    </InlinePanel>
  );
}
