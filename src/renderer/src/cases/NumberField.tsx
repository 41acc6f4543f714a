import { FormField } from './FormField';

interface Props {
  label: string;
  help?: string;
  error?: string;
  /** As typed: checked by the form, which says what is wrong in `error`. */
  value: string;
  onChange: (value: string) => void;
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
