import { useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatEdit, type MarkdownFormat } from './markdownEditing';
import { MarkdownPreview } from './MarkdownPreview';
import { MarkdownToolbar } from './MarkdownToolbar';
import { applyToTextarea } from './textareaEditing';

interface Props {
  id: string;
  /** The id of the element that names the text (the section title). */
  labelledBy: string;
  /** The name, for the toolbar's label. */
  label: string;
  value: string;
  onChange: (value: string) => void;
  describedBy?: string;
  autoFocus?: boolean;
}

const shortcuts: Record<string, MarkdownFormat> = { b: 'bold', i: 'italic' };

/** A comfortable text box for markdown with a formatting toolbar, shortcuts and a preview. */
export function MarkdownField({ id, labelledBy, label, value, onChange, describedBy, autoFocus }: Props) {
  const { t, i18n } = useTranslation();
  const textarea = useRef<HTMLTextAreaElement>(null);
  const [previewing, setPreviewing] = useState(false);

  function format(kind: MarkdownFormat): void {
    const element = textarea.current;
    if (element === null) return;
    applyToTextarea(element, formatEdit(element.value, element.selectionStart, element.selectionEnd, kind), onChange);
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>): void {
    if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return;
    const kind = shortcuts[event.key.toLowerCase()];
    if (kind === undefined) return;
    event.preventDefault();
    format(kind);
  }

  return (
    <div className="markdown-field">
      <MarkdownToolbar
        label={label}
        onFormat={format}
        previewing={previewing}
        onPreviewChange={setPreviewing}
        controls={id}
      />
      <textarea
        ref={textarea}
        id={id}
        className="markdown-input"
        aria-labelledby={labelledBy}
        aria-describedby={describedBy}
        value={value}
        rows={Math.min(18, Math.max(3, value.split('\n').length + 1))}
        spellCheck
        lang={i18n.language}
        autoFocus={autoFocus}
        hidden={previewing}
        onChange={(event) => onChange(event.target.value)}
        onKeyDown={onKeyDown}
      />
      {previewing && (
        <div className="markdown-preview" aria-label={t('entries.editor.previewOf', { section: label })} role="region">
          {value.trim() === '' ? (
            <p className="help">{t('entries.editor.previewEmpty')}</p>
          ) : (
            <MarkdownPreview markdown={value} />
          )}
        </div>
      )}
    </div>
  );
}
