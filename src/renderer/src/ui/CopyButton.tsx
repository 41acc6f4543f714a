import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import './ui.css';

interface Props {
  /** What goes on the clipboard. */
  value: string;
  /** The button's accessible name, saying what is copied ("Copy the whole SHA-256"). */
  label: string;
  /** Small, for a table cell (the default); full size beside other buttons. */
  compact?: boolean;
}

type Outcome = 'copied' | 'failed' | undefined;

/**
 * Copies a value with the browser's clipboard (Electron lets the page write to it and never
 * read it, see `permissionDecision`). Says "Copied" beside the button; when copying is refused,
 * it shows the whole value selected instead, ready for Ctrl+C.
 */
export function CopyButton({ value, label, compact = true }: Props) {
  const { t } = useTranslation();
  const [outcome, setOutcome] = useState<Outcome>();
  const shown = useRef<HTMLInputElement>(null);
  const reset = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(reset.current), []);
  useEffect(() => {
    if (outcome !== 'failed') return;
    shown.current?.focus();
    shown.current?.select();
  }, [outcome]);

  async function copy(): Promise<void> {
    window.clearTimeout(reset.current);
    try {
      await navigator.clipboard.writeText(value);
      setOutcome('copied');
      reset.current = window.setTimeout(() => setOutcome(undefined), 4_000);
    } catch {
      setOutcome('failed');
    }
  }

  return (
    <span className="copy">
      <button
        type="button"
        className={compact ? 'copy-button' : undefined}
        aria-label={label}
        title={label}
        onClick={() => void copy()}
      >
        {t('ui.copy.button')}
      </button>
      <span className="copy-status" role="status">
        {outcome === 'copied' && t('ui.copy.copied')}
        {outcome === 'failed' && t('ui.copy.failed')}
      </span>
      {outcome === 'failed' && (
        <input ref={shown} className="copy-fallback" readOnly value={value} aria-label={label} />
      )}
    </span>
  );
}
