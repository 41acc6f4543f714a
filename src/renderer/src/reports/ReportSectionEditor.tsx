import { useId, type Dispatch, type ReactNode, type SetStateAction } from 'react';
import { useTranslation } from 'react-i18next';
import type { Entry } from '../../../shared/domain/entry';
import type { Party } from '../../../shared/domain/party';
import type { ReportSection } from '../../../shared/domain/report/report';
import { FormField } from '../ui/form/FormField';
import type { ReportDraft } from './reportDraft';
import { StatementEditor } from './StatementEditor';

interface Props {
  section: ReportSection;
  parties: readonly Party[];
  family: readonly Party[];
  entries: readonly Pick<Entry, 'id' | 'sessionDate' | 'phase'>[];
  /** Shown for the caregiver's view while it has no statement with text. */
  absentReason: { value: string; onChange: (value: string) => void } | undefined;
  /** The statement that takes focus as it appears (one just added). */
  focusId: string | undefined;
  onAdd: () => void;
  update: Dispatch<SetStateAction<ReportDraft>>;
  /** The comments under the section, told the id of its heading. */
  comments: (headingId: string) => ReactNode;
}

/** One of the eight sections of a draft: its statements in order, and a way to add one. */
export function ReportSectionEditor(props: Props) {
  const { section, parties, family, entries, absentReason, focusId, onAdd, update, comments } = props;
  const { t } = useTranslation();
  const titleId = useId();
  const count = section.statements.length;
  return (
    <section className="reports-section" aria-labelledby={titleId} data-section={section.kind}>
      <h2 id={titleId}>{t(`reports.sections.${section.kind}`)}</h2>
      {count === 0 && <p className="help">{t('reports.editor.empty')}</p>}
      {count > 0 && (
        <ol className="reports-statements">
          {section.statements.map((statement, index) => (
            <StatementEditor
              key={statement.id}
              statement={statement}
              number={index + 1}
              count={count}
              focusOnMount={statement.id === focusId}
              parties={parties}
              family={family}
              entries={entries}
              kind={section.kind}
              update={update}
            />
          ))}
        </ol>
      )}
      <button type="button" className="add-button" onClick={onAdd}>
        {t('reports.editor.addStatement')}
      </button>
      {absentReason !== undefined && (
        <FormField label={t('reports.editor.absentReason')} help={t('reports.editor.absentReasonHelp')}>
          {(control) => (
            <textarea
              {...control}
              className="reports-textarea"
              rows={2}
              value={absentReason.value}
              onChange={(event) => absentReason.onChange(event.target.value)}
            />
          )}
        </FormField>
      )}
      {comments(titleId)}
    </section>
  );
}
