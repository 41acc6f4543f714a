import { FormField, type ValueFieldProps } from './FormField';

/** `value` is as typed: the form checks it and says what is wrong in `error`. */
interface Props extends ValueFieldProps {
  min: number;
  max: number;
  step?: number;
  inputMode?: 'numeric' | 'decimal';
}

/** A number typed in a narrow box, with its label, help and error, and its range for the browser's arrows. */
export function NumberField({ label, help, error, value, onChange, min, max, step, inputMode }: Props) {
  return (
    <FormField label={label} help={help} error={error}>
      {(control) => (
        <input
          {...control}
          type="number"
          inputMode={inputMode}
          min={min}
          max={max}
          step={step}
          className="text-input cases-number"
          value={value}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </FormField>
  );
}
