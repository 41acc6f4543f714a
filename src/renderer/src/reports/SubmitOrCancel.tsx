import { useTranslation } from 'react-i18next';

interface Props {
  label: string;
  /** Said on the button while main works ("Comparing…", "Exporting…"). */
  busyLabel: string;
  busy: boolean;
  /** Not possible yet (the draft must be saved first). */
  disabled?: boolean;
  onCancel: () => void;
}

/** The end of a report form: do it, or close the form. */
export function SubmitOrCancel({ label, busyLabel, busy, disabled = false, onCancel }: Props) {
  const { t } = useTranslation();
  return (
    <div className="actions cases-form-actions">
      <button type="submit" className="primary" disabled={busy || disabled}>
        {busy ? busyLabel : label}
      </button>
      <button type="button" onClick={onCancel}>
        {t('reports.cancel')}
      </button>
    </div>
  );
}
