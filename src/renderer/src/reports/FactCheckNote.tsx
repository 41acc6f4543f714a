import { useTranslation } from 'react-i18next';
import type { Statement } from '../../../shared/domain/report/report';
import { useStatementWords } from './useStatementWords';

interface Props {
  statement: Statement;
  /** Names the statement in the confirm button: "statement 2 of “Identification”". */
  place: { number: number; section: string };
  /** Clears the check: the practitioner says it is true as it reads. Absent where nothing can change. */
  onConfirm?: () => void;
}

/**
 * "Check before sharing" on a statement the app wrote from the journal, or that the journal has
 * changed since: why it is to be checked, what the journal says now when the practitioner's words
 * differ from it, and the button that confirms it as it reads.
 */
export function FactCheckNote({ statement, place, onConfirm }: Props) {
  const { t } = useTranslation();
  const { factWords } = useStatementWords();
  if (statement.check === undefined) return null;
  return (
    <div className="reports-fact-check" data-check={statement.check} data-testid="fact-check">
      <p>
        {t(`reports.statement.checks.${statement.check}`)}
        {statement.check === 'stale' && statement.fact !== undefined && (
          <>
            {' '}
            <q>{factWords(statement.fact)}</q>
          </>
        )}
      </p>
      {onConfirm !== undefined && (
        <button
          type="button"
          data-fact-confirm
          aria-label={t('reports.statement.confirmLong', place)}
          onClick={(event) => {
            const next = focusAfterConfirm(event.currentTarget);
            onConfirm();
            next?.focus();
          }}
        >
          {t('reports.statement.confirm')}
        </button>
      )}
    </div>
  );
}

/**
 * The button goes once pressed; focus goes on to the next fact to check, or, after the last one,
 * to the statement just confirmed, so a keyboard user does not start again from the heading.
 */
function focusAfterConfirm(button: HTMLElement): HTMLElement | null {
  const confirms = [...button.ownerDocument.querySelectorAll<HTMLElement>('[data-fact-confirm]')];
  const next = confirms[confirms.indexOf(button) + 1];
  return next ?? button.closest('li')?.querySelector<HTMLElement>('.reports-statement-open, textarea') ?? null;
}
