import { FormField, type ValueFieldProps } from './FormField';

interface Props extends ValueFieldProps {
  /** Extra class for the input, such as the narrow `cases-date`. */
  inputClassName?: string;
}

/** A required calendar date (`YYYY-MM-DD`) with its label, help and error. */
export function DateField({ label, help, error, value, onChange, inputClassName }: Props) {
  return (
    <FormField label={label} help={help} error={error}>
      {(control) => (
        <input
          {...control}
          type="date"
          className={inputClassName === undefined ? 'text-input' : `text-input ${inputClassName}`}
          value={value}
          required
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </FormField>
  );
}
