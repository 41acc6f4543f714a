import { useTranslation } from 'react-i18next';
import { SubmitButton } from './SubmitButton';

interface Props {
  submitLabel: string;
  busy: boolean;
  onCancel: () => void;
}

/** Save and cancel at the end of an inline form. */
export function FormActions({ submitLabel, busy, onCancel }: Props) {
  const { t } = useTranslation();
  return (
    <div className="actions cases-form-actions">
      <SubmitButton label={submitLabel} busyLabel={t('cases.form.saving')} busy={busy} />
      <button type="button" onClick={onCancel}>
        {t('cases.form.cancel')}
      </button>
    </div>
  );
}
