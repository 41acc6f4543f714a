import { useId, useState, type ReactNode, type Ref } from 'react';

interface Props {
  label: string;
  button: string;
  /** The first, empty option ("Choose…"), chosen at first and again after each add. */
  placeholder: string;
  /** The options to choose from. */
  children: ReactNode;
  onAdd: (value: string) => void;
  selectRef?: Ref<HTMLSelectElement>;
}

/**
 * Choose a kind, then add it: the way tensions and strategies are added to a reflection. The
 * choice goes back to empty once added, so a second click cannot add the same one twice.
 */
export function AddRow({ label, button, placeholder, children, onAdd, selectRef }: Props) {
  const id = useId();
  const [value, setValue] = useState('');
  return (
    <div className="add-row">
      <label htmlFor={id}>{label}</label>
      <div className="add-row-controls">
        <select id={id} ref={selectRef} value={value} onChange={(event) => setValue(event.target.value)}>
          <option value="">{placeholder}</option>
          {children}
        </select>
        <button
          type="button"
          className="add-button"
          disabled={value === ''}
          onClick={() => {
            setValue('');
            onAdd(value);
          }}
        >
          {button}
        </button>
      </div>
    </div>
  );
}
