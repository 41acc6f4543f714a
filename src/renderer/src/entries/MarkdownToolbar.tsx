import { useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { markdownFormats, type MarkdownFormat } from './markdownEditing';

interface Props {
  /** The section's name, so each toolbar is told apart. */
  label: string;
  onFormat: (format: MarkdownFormat) => void;
  previewing: boolean;
  onPreviewChange: (previewing: boolean) => void;
  controls: string;
}

/**
 * Formatting buttons for one text. One tab stop for the whole toolbar; the arrow keys move
 * between buttons, as screen-reader users expect of a toolbar.
 */
export function MarkdownToolbar({ label, onFormat, previewing, onPreviewChange, controls }: Props) {
  const { t } = useTranslation();
  const [active, setActive] = useState(0);
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const count = markdownFormats.length + 1;

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>): void {
    const moves: Record<string, number> = { ArrowRight: 1, ArrowLeft: -1, Home: -active, End: count - 1 - active };
    const move = moves[event.key];
    if (move === undefined) return;
    event.preventDefault();
    const next = (active + move + count) % count;
    setActive(next);
    buttons.current[next]?.focus();
  }

  return (
    <div
      className="markdown-toolbar"
      role="toolbar"
      aria-label={t('entries.editor.toolbar', { section: label })}
      aria-controls={controls}
      onKeyDown={onKeyDown}
    >
      {markdownFormats.map((format, index) => (
        <button
          key={format}
          ref={(element) => {
            buttons.current[index] = element;
          }}
          type="button"
          className={`toolbar-button toolbar-${format}`}
          tabIndex={index === active ? 0 : -1}
          aria-disabled={previewing || undefined}
          aria-label={t(`entries.editor.formats.${format}`)}
          title={t(`entries.editor.formats.${format}`)}
          onFocus={() => setActive(index)}
          // Keep the selection in the textarea: a mouse press would otherwise move focus first.
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => {
            if (!previewing) onFormat(format);
          }}
        >
          <span aria-hidden="true">{t(`entries.editor.glyphs.${format}`)}</span>
        </button>
      ))}
      <button
        ref={(element) => {
          buttons.current[markdownFormats.length] = element;
        }}
        type="button"
        className="toolbar-button toolbar-preview"
        tabIndex={active === markdownFormats.length ? 0 : -1}
        aria-pressed={previewing}
        onFocus={() => setActive(markdownFormats.length)}
        onClick={() => onPreviewChange(!previewing)}
      >
        {t('entries.editor.preview')}
      </button>
    </div>
  );
}
