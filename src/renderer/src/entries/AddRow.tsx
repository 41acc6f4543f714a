import { useId, useState, type ReactNode } from 'react';

interface Props {
  label: string;
  button: string;
  /** The options; the first value is the one chosen at first. */
  children: ReactNode;
  initial: string;
  onAdd: (value: string) => void;
}

/** Choose a kind, then add it: the way tensions and strategies are added to a reflection. */
export function AddRow({ label, button, children, initial, onAdd }: Props) {
  const id = useId();
  const [value, setValue] = useState(initial);
  return (
    <div className="add-row">
      <label htmlFor={id}>{label}</label>
      <div className="add-row-controls">
        <select id={id} value={value} onChange={(event) => setValue(event.target.value)}>
          {children}
        </select>
        <button type="button" className="add-button" onClick={() => onAdd(value)}>
          {button}
        </button>
      </div>
    </div>
  );
}
