import { useId } from 'react';

export interface Choice<T extends string | number> {
  value: T;
  label: string;
  /** Plain words on what the choice means, read with it. */
  hint?: string;
}

interface Props<T extends string | number> {
  legend: string;
  options: readonly Choice<T>[];
  value: T | undefined;
  onChange: (value: T) => void;
  /** Lay the options out in a row of small buttons (scales, intensities). */
  compact?: boolean;
  /** Show the hint of the chosen option only, under the options. */
  hintOfChoice?: boolean;
  describedBy?: string;
  className?: string;
}

/** A labelled group of radio buttons; each option's meaning is read with it. */
export function RadioChoice<T extends string | number>(props: Props<T>) {
  const { legend, options, value, onChange, compact, hintOfChoice, describedBy, className } = props;
  const id = useId();
  const chosen = options.find((option) => option.value === value);
  const classes = ['choice', compact ? 'choice-compact' : '', className ?? ''].filter(Boolean).join(' ');
  return (
    <fieldset className={classes} aria-describedby={describedBy}>
      <legend>{legend}</legend>
      <div className="choice-options">
        {options.map((option) => {
          const optionId = `${id}-${String(option.value)}`;
          const hintId = option.hint === undefined ? undefined : `${optionId}-hint`;
          return (
            <div className="choice-option" key={String(option.value)}>
              <input
                type="radio"
                id={optionId}
                name={id}
                checked={option.value === value}
                aria-describedby={hintId}
                onChange={() => onChange(option.value)}
              />
              <label htmlFor={optionId}>{option.label}</label>
              {option.hint !== undefined && (
                <span id={hintId} className={hintOfChoice ? 'visually-hidden' : 'choice-hint'}>
                  {option.hint}
                </span>
              )}
            </div>
          );
        })}
      </div>
      {hintOfChoice && chosen?.hint !== undefined && (
        <p className="help choice-current" aria-hidden="true">
          {chosen.hint}
        </p>
      )}
    </fieldset>
  );
}
