interface Props {
  label: string;
  /** Shown while the form sends, instead of `label`. */
  busyLabel: string;
  busy: boolean;
  className?: string;
}

/** A form's submit button: held while the form sends, saying so. */
export function SubmitButton({ label, busyLabel, busy, className = 'primary' }: Props) {
  return (
    <button type="submit" className={className} disabled={busy}>
      {busy ? busyLabel : label}
    </button>
  );
}
