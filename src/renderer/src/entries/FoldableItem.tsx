import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { afterPointerRelease } from './pointerRelease';

interface Props {
  testId: string;
  /** "Tension 1: …": the fieldset's legend, and the first words of the summary line. */
  legend: string;
  /** What was chosen, in a few words, shown on the folded line. */
  summary: string;
  expanded: boolean;
  /** Just added: focus goes into its first control at once. */
  focusFirst: boolean;
  onExpandedChange: (expanded: boolean) => void;
  removeLabel: string;
  onRemove: () => void;
  children: ReactNode;
}

const firstControl = 'select, input, textarea, button';

/**
 * A tension or strategy of a reflection: a card of controls while it is being written, then one
 * summary line that opens it again on click. It folds once focus moves on to another part of the
 * reflection, or on Done. Focus follows a fold asked for, so the keyboard never has to travel back.
 */
export function FoldableItem(props: Props) {
  const { testId, legend, summary, expanded, focusFirst, onExpandedChange, removeLabel, onRemove, children } = props;
  const { t } = useTranslation();
  const item = useRef<HTMLDivElement>(null);
  // Where focus goes after the fold changes: into the card, onto the line, or nowhere (the
  // practitioner moved on by themselves).
  const focusAfter = useRef<'card' | 'line' | undefined>(focusFirst ? 'card' : undefined);

  useEffect(() => {
    const where = focusAfter.current;
    focusAfter.current = undefined;
    if (where === undefined) return;
    const target =
      where === 'card'
        ? item.current?.querySelector<HTMLElement>(`fieldset ${firstControl}`)
        : item.current?.querySelector<HTMLElement>('.entry-item-summary');
    target?.focus();
  }, [expanded]);

  function fold(next: boolean, focus: 'card' | 'line' | undefined): void {
    focusAfter.current = focus;
    onExpandedChange(next);
  }

  return (
    <div
      className="entry-item"
      ref={item}
      data-testid={testId}
      onBlur={(event) => {
        // Focus gone on to another part of the reflection: this one is done, down to its line.
        const next = event.relatedTarget;
        if (!expanded || !(next instanceof Element) || item.current?.contains(next)) return;
        if (next.closest('form') === item.current?.closest('form')) afterPointerRelease(() => fold(false, undefined));
      }}
    >
      {expanded ? (
        <fieldset className="entry-card">
          <legend>{legend}</legend>
          {children}
          <div className="entry-item-actions">
            <button type="button" onClick={() => fold(false, 'line')}>
              {t('entries.items.done')}
            </button>
            <button type="button" className="link-button" onClick={onRemove}>
              {removeLabel}
            </button>
          </div>
        </fieldset>
      ) : (
        <button type="button" className="entry-item-summary" aria-expanded={false} onClick={() => fold(true, 'card')}>
          <span className="entry-item-legend">{legend}</span>
          {summary !== '' && <span className="entry-item-details">{summary}</span>}
          <span className="entry-item-edit" aria-hidden="true">
            {t('entries.items.edit')}
          </span>
        </button>
      )}
    </div>
  );
}
