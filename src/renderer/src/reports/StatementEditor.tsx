import { memo, useEffect, useId, useRef, useState, type Dispatch, type SetStateAction } from 'react';
import { useTranslation } from 'react-i18next';
import type { Entry } from '../../../shared/domain/entry';
import type { Party } from '../../../shared/domain/party';
import type { Statement } from '../../../shared/domain/report/report';
import type { ReportSectionKind } from '../../../shared/domain/report/reportTaxonomy';
import { CitationFields } from './CitationFields';
import { DisclosureFields } from './DisclosureFields';
import { moveStatement, removeStatement, replaceStatement, type ReportDraft } from './reportDraft';
import { StatementBadges } from './StatementBadges';
import { StatementKindFields } from './StatementKindFields';
import { FactCheckNote } from './FactCheckNote';
import { useStatementWords } from './useStatementWords';

interface Props {
  statement: Statement;
  /** 1-based place in its section, for the labels. */
  number: number;
  count: number;
  /** Take focus when it appears: the statement was just added. */
  focusOnMount: boolean;
  parties: readonly Party[];
  family: readonly Party[];
  entries: readonly Pick<Entry, 'id' | 'sessionDate' | 'phase'>[];
  kind: ReportSectionKind;
  /** The draft's stable `setState`: with it, a statement that did not change is not drawn again. */
  update: Dispatch<SetStateAction<ReportDraft>>;
}

/**
 * One statement of a draft. It reads as one line (its kind, its words, a "check before sharing"
 * note when it has one) and becomes its editor on click: the text, its kind and whose, the sessions
 * it cites, and its place. A statement just added opens as an editor. Memoised: typing in one
 * statement of a long report redraws that statement only.
 */
export const StatementEditor = memo(function StatementEditor({
  focusOnMount,
  statement,
  number,
  count,
  parties,
  family,
  entries,
  kind,
  update,
}: Props) {
  const { t } = useTranslation();
  const { words } = useStatementWords();
  const textId = useId();
  const labelId = useId();
  const text = useRef<HTMLTextAreaElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const onChange = (next: Statement) => update((current) => replaceStatement(current, kind, next));
  const onMove = (offset: -1 | 1) => update((current) => moveStatement(current, kind, statement.id, offset));
  const onRemove = () => update((current) => removeStatement(current, kind, statement.id));
  const onConfirm = () => {
    const { check: _check, ...confirmed } = statement;
    onChange(confirmed);
  };
  // The same buttons repeat in all eight sections: their names say which one.
  const place = { number, section: t(`reports.sections.${kind}`) };
  const shown = words(statement);
  // Only as it first appears: later renders of the same statement leave focus where it is.
  const [shouldFocus] = useState(focusOnMount);
  const [open, setOpen] = useState(focusOnMount || shown.trim() === '');
  // Focus follows the click: into the text when it opens, back to the line when it closes.
  const [moved, setMoved] = useState(false);
  useEffect(() => {
    if (shouldFocus) text.current?.focus();
  }, [shouldFocus]);
  useEffect(() => {
    if (!moved) return;
    (open ? text.current : opener.current)?.focus();
    setMoved(false);
  }, [moved, open]);
  const toggle = (next: boolean) => {
    setOpen(next);
    setMoved(true);
  };

  if (!open) {
    return (
      <li className="reports-statement reports-statement-compact" aria-labelledby={labelId} data-testid="statement">
        <div className="reports-statement-line">
          <h3 id={labelId} className="visually-hidden">
            {t('reports.statement.label', { number })}
          </h3>
          <StatementBadges statement={statement} parties={parties} />
          <button type="button" ref={opener} className="reports-statement-open" onClick={() => toggle(true)}>
            <span className="visually-hidden">{t('reports.statement.edit', place)}: </span>
            {shown}
          </button>
        </div>
        <FactCheckNote statement={statement} place={place} onConfirm={onConfirm} />
      </li>
    );
  }
  return (
    <li className="reports-statement" aria-labelledby={labelId} data-testid="statement">
      <div className="reports-statement-top">
        <h3 id={labelId} className="reports-statement-label">
          {t('reports.statement.label', { number })}
        </h3>
        <StatementBadges statement={statement} parties={parties} />
      </div>
      <FactCheckNote statement={statement} place={place} onConfirm={onConfirm} />
      <label htmlFor={textId} className="visually-hidden">
        {t('reports.statement.text', { number })}
      </label>
      <textarea
        id={textId}
        ref={text}
        className="reports-textarea"
        rows={Math.min(10, Math.max(2, Math.ceil(shown.length / 90)))}
        value={shown}
        onChange={(event) => {
          // Their own words now: checked by writing them.
          const { check: _check, ...edited } = statement;
          onChange({ ...edited, text: event.target.value });
        }}
      />
      <div className="reports-statement-meta">
        <StatementKindFields statement={statement} parties={parties} onChange={onChange} />
        <CitationFields
          entries={entries}
          values={statement.citations}
          onChange={(citations) => onChange({ ...statement, citations })}
        />
      </div>
      <div className="reports-statement-bottom">
        <DisclosureFields statement={statement} family={family} onChange={onChange} />
        <div className="reports-statement-tools">
          <button type="button" disabled={number === 1} onClick={() => onMove(-1)}>
            <span aria-hidden="true">↑</span>{' '}
            <span className="visually-hidden">{t('reports.statement.moveUp', place)}</span>
          </button>
          <button type="button" disabled={number === count} onClick={() => onMove(1)}>
            <span aria-hidden="true">↓</span>{' '}
            <span className="visually-hidden">{t('reports.statement.moveDown', place)}</span>
          </button>
          <button
            type="button"
            className="reports-remove"
            aria-label={t('reports.statement.remove', place)}
            onClick={onRemove}
          >
            {t('reports.statement.removeShort')}
          </button>
          <button type="button" aria-label={t('reports.statement.doneLong', place)} onClick={() => toggle(false)}>
            {t('reports.statement.done')}
          </button>
        </div>
      </div>
    </li>
  );
});
