import { useId } from 'react';
import { useTranslation } from 'react-i18next';

interface Props<T extends { note?: string }> {
  label: string;
  item: T;
  /** The item with its note, or without one once the text is cleared. */
  onChange: (item: T) => void;
}

/** The optional note of a tension or a strategy: two lines, spell-checked in the UI's language. */
export function NoteField<T extends { note?: string }>({ label, item, onChange }: Props<T>) {
  const { i18n } = useTranslation();
  const id = useId();
  return (
    <div className="inline-field">
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        className="text-input"
        rows={2}
        spellCheck
        lang={i18n.language}
        value={item.note ?? ''}
        onChange={(event) => {
          const { note: _note, ...rest } = item;
          onChange(event.target.value === '' ? (rest as T) : { ...item, note: event.target.value });
        }}
      />
    </div>
  );
}
