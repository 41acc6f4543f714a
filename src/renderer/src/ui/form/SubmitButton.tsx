interface Props {
  label: string;
  /** Shown while the form sends, instead of `label`. */
  busyLabel: string;
  busy: boolean;
  /** Not possible yet, whether or not the form sends. */
  disabled?: boolean;
  className?: string;
}

/** A form's submit button: held while the form sends, saying so. */
export function SubmitButton({ label, busyLabel, busy, disabled = false, className = 'primary' }: Props) {
  return (
    <button type="submit" className={className} disabled={busy || disabled}>
      {busy ? busyLabel : label}
    </button>
  );
}
