import { useId, type ReactNode } from 'react';
import { FieldError } from './FieldError';

/** What a field gives its control so the label, help and error are announced with it. */
export interface FieldControl {
  id: string;
  'aria-describedby': string | undefined;
  'aria-invalid': true | undefined;
}

interface Props {
  label: string;
  help?: string;
  error?: string;
  className?: string;
  children: (control: FieldControl) => ReactNode;
}

/** A labelled control with optional help and error text, both tied to it by `aria-describedby`. */
export function FormField({ label, help, error, className, children }: Props) {
  const id = useId();
  const helpId = help === undefined ? undefined : `${id}-help`;
  const errorId = error === undefined ? undefined : `${id}-error`;
  const describedBy = [helpId, errorId].filter((part) => part !== undefined).join(' ');
  return (
    <div className={className === undefined ? 'cases-field' : `cases-field ${className}`}>
      <label htmlFor={id}>{label}</label>
      {help !== undefined && (
        <p className="help" id={helpId}>
          {help}
        </p>
      )}
      {children({
        id,
        'aria-describedby': describedBy === '' ? undefined : describedBy,
        'aria-invalid': error ? true : undefined,
      })}
      {error !== undefined && errorId !== undefined && <FieldError id={errorId} message={error} />}
    </div>
  );
}

/** What a field of one typed value takes: its label, help and error, and the text as typed. */
export interface ValueFieldProps {
  label: string;
  help?: string;
  error?: string;
  value: string;
  onChange: (value: string) => void;
}
