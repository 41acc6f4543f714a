import { useId } from 'react';

interface Props<T extends string> {
  legend: string;
  options: readonly { value: T; label: string }[];
  values: readonly T[];
  onChange: (values: T[]) => void;
  /** Shown instead of the boxes when there is nothing to choose from. */
  emptyText?: string;
}

/** A labelled group of checkboxes that keeps the chosen values in the options' order. */
export function CheckboxList<T extends string>({ legend, options, values, onChange, emptyText }: Props<T>) {
  const id = useId();
  function toggle(value: T, checked: boolean): void {
    const next = new Set(values);
    if (checked) next.add(value);
    else next.delete(value);
    onChange(options.map((option) => option.value).filter((option) => next.has(option)));
  }
  return (
    <fieldset className="checkbox-list">
      <legend>{legend}</legend>
      {options.length === 0 && emptyText !== undefined && <p className="help">{emptyText}</p>}
      <div className="checkbox-grid">
        {options.map((option) => (
          <div className="checkbox-option" key={option.value}>
            <input
              type="checkbox"
              id={`${id}-${option.value}`}
              checked={values.includes(option.value)}
              onChange={(event) => toggle(option.value, event.target.checked)}
            />
            <label htmlFor={`${id}-${option.value}`}>{option.label}</label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}
