import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useContractMutation } from '../api/useContractMutation';
import { DamagedFileNotice } from '../components/DamagedFileNotice';
import { FormActions } from './FormActions';
import { InlinePanel } from '../ui/InlinePanel';
import type { PanelProps } from './panelProps';

/** Archive the case: it leaves the everyday list but stays in the journal, and can be reopened. */
export function ArchiveCaseForm({ journalCase, onSaved, onCancel, onRestored }: PanelProps) {
  const { t } = useTranslation();
  const saving = useContractMutation('setCaseStatus', {
    onSuccess: (updated) => onSaved(updated, t('cases.saved.archived')),
  });

  function onSubmit(event: FormEvent): void {
    event.preventDefault();
    saving.mutate({ caseId: journalCase.id, status: 'archived' });
  }

  return (
    <InlinePanel title={t('cases.status.archiveTitle')}>
      <p>{t('cases.status.archiveExplain')}</p>
      <form onSubmit={onSubmit} noValidate>
        {saving.error && <DamagedFileNotice error={saving.error.shape} onRestored={onRestored} />}
        <FormActions submitLabel={t('cases.status.archiveConfirm')} busy={saving.isPending} onCancel={onCancel} />
      </form>
    </InlinePanel>
  );
}
