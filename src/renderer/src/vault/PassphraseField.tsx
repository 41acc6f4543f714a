import { useId } from 'react';

interface Props {
  label: string;
  value: string;
  onChange: (value: string) => void;
  help?: string;
  autoComplete: 'current-password' | 'new-password' | 'off';
  autoFocus?: boolean;
  invalid?: boolean;
}

/** A labelled password input; help text is announced with it. */
export function PassphraseField({ label, value, onChange, help, autoComplete, autoFocus, invalid }: Props) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {help !== undefined && (
        <p className="help" id={`${id}-help`}>
          {help}
        </p>
      )}
      <input
        id={id}
        type="password"
        className="text-input"
        value={value}
        autoComplete={autoComplete}
        spellCheck={false}
        autoFocus={autoFocus}
        aria-invalid={invalid ? true : undefined}
        aria-describedby={help !== undefined ? `${id}-help` : undefined}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  );
}
