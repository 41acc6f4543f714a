import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useContractMutation } from '../api/useContractMutation';
import { DamagedFileNotice } from '../components/DamagedFileNotice';
import { FormActions } from '../ui/form/FormActions';
import { useContractForm } from '../ui/form/useContractForm';
import { archiveCaseSchema } from './caseFormSchemas';
import { InlinePanel } from '../ui/InlinePanel';
import type { PanelProps } from './panelProps';

/** Archive the case: it leaves the everyday list but stays in the journal, and can be reopened. */
export function ArchiveCaseForm({ journalCase, onSaved, onCancel, onRestored }: PanelProps) {
  const { t } = useTranslation();
  const saving = useContractMutation('setCaseStatus', {
    onSuccess: (updated) => onSaved(updated, t('cases.saved.archived')),
  });
  const schema = useMemo(() => archiveCaseSchema(journalCase.id), [journalCase.id]);
  const { formRef, onSubmit, busy, serverError } = useContractForm({ schema, defaultValues: {}, mutation: saving });

  return (
    <InlinePanel title={t('cases.status.archiveTitle')}>
      <p>{t('cases.status.archiveExplain')}</p>
      <form ref={formRef} onSubmit={onSubmit} noValidate>
        {serverError && <DamagedFileNotice error={serverError} onRestored={onRestored} />}
        <FormActions submitLabel={t('cases.status.archiveConfirm')} busy={busy} onCancel={onCancel} />
      </form>
    </InlinePanel>
  );
}
