import { useId, type ReactNode } from 'react';

interface Props {
  label: string;
  value: string;
  onChange: (value: string) => void;
  children: ReactNode;
  help?: string;
  className?: string;
  id?: string;
}

/** A labelled select, with optional help read with it. */
export function SelectField({ label, value, onChange, children, help, className, id }: Props) {
  const generated = useId();
  const selectId = id ?? generated;
  return (
    <div className={className ?? 'inline-field'}>
      <label htmlFor={selectId}>{label}</label>
      {help !== undefined && (
        <p className="help" id={`${selectId}-help`}>
          {help}
        </p>
      )}
      <select
        id={selectId}
        value={value}
        aria-describedby={help === undefined ? undefined : `${selectId}-help`}
        onChange={(event) => onChange(event.target.value)}
      >
        {children}
      </select>
    </div>
  );
}
