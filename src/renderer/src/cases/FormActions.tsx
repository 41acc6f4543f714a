import { useTranslation } from 'react-i18next';

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
      <button type="submit" className="primary" disabled={busy}>
        {busy ? t('cases.form.saving') : submitLabel}
      </button>
      <button type="button" onClick={onCancel}>
        {t('cases.form.cancel')}
      </button>
    </div>
  );
}
