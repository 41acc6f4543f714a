import { useTranslation } from 'react-i18next';
import { SubmitButton } from './SubmitButton';

interface Props {
  submitLabel: string;
  /** Said on the button while main works ("Comparing…"); "Saving…" unless given. */
  busyLabel?: string;
  busy: boolean;
  /** Not possible yet (the draft must be saved first). */
  disabled?: boolean;
  onCancel: () => void;
}

/** Do it, or close the form: the end of an inline form. */
export function FormActions({ submitLabel, busyLabel, busy, disabled, onCancel }: Props) {
  const { t } = useTranslation();
  return (
    <div className="actions cases-form-actions">
      <SubmitButton
        label={submitLabel}
        busyLabel={busyLabel ?? t('cases.form.saving')}
        busy={busy}
        disabled={disabled}
      />
      <button type="button" onClick={onCancel}>
        {t('cases.form.cancel')}
      </button>
    </div>
  );
}
