import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Statement } from '../../../shared/domain/report/report';
import { reportSectionKinds, type ReportSectionKind } from '../../../shared/domain/report/reportTaxonomy';
import type { AppErrorShape } from '../../../shared/ipc/result';
import type { ReportableExcerpt } from '../../../shared/reports/requests';
import { loadStateOf, type Loaded } from '../api/loadState';
import { useContractQuery } from '../api/useContractQuery';
import { FormField } from '../ui/form/FormField';
import { formatCalendarDate } from '../cases/dates';
import { InlinePanel } from '../ui/InlinePanel';
import { ErrorMessage } from '../components/ErrorMessage';
import { SelectField } from '../ui/form/SelectField';
import { filterExcerpts, previewOf } from './excerptFilter';
import { statementFromExcerpt } from './reportDraft';

interface Props {
  caseId: string;
  /** Journal sections the draft already quotes (`entryId/sectionId`), marked so they are not inserted twice by mistake. */
  quoted: ReadonlySet<string>;
  onInsert: (kind: ReportSectionKind, statement: Statement) => void;
  onClose: () => void;
}

type ExcerptsState =
  { kind: 'loading' } | { kind: 'loaded'; excerpts: ReportableExcerpt[] } | { kind: 'failed'; error: AppErrorShape };

/**
 * "Insert from journal": the reportable sections of the case's reflections, newest first; main
 * never sends private or supervision text, so there is nothing here to leave out by mistake.
 */
export function ExcerptPanel({ caseId, quoted, onInsert, onClose }: Props) {
  const { t, i18n } = useTranslation();
  const listId = useId();
  const state = excerptsState(loadStateOf(useContractQuery('listReportableExcerpts', { caseId })));
  const [query, setQuery] = useState('');
  const [target, setTarget] = useState<ReportSectionKind>('intervention');
  const [inserted, setInserted] = useState('');

  const shown =
    state.kind === 'loaded'
      ? filterExcerpts(state.excerpts, query).sort((first, second) =>
          second.sessionDate.localeCompare(first.sessionDate),
        )
      : [];

  function insert(excerpt: ReportableExcerpt): void {
    onInsert(target, statementFromExcerpt(excerpt, crypto.randomUUID()));
    setInserted(t('reports.excerpts.inserted', { section: t(`reports.sections.${target}`) }));
  }

  return (
    <InlinePanel title={t('reports.excerpts.title')} className="cases-panel reports-excerpts">
      <p className="help">{t('reports.excerpts.help')}</p>
      <div className="reports-excerpt-controls">
        <FormField label={t('reports.excerpts.filter')}>
          {(control) => (
            <input
              {...control}
              type="search"
              className="text-input"
              value={query}
              onChange={(event) => setQuery(event.target.value)}
            />
          )}
        </FormField>
        <SelectField
          label={t('reports.excerpts.section')}
          className="cases-field"
          value={target}
          onChange={(value) => setTarget(value as ReportSectionKind)}
        >
          {reportSectionKinds.map((kind) => (
            <option key={kind} value={kind}>
              {t(`reports.sections.${kind}`)}
            </option>
          ))}
        </SelectField>
      </div>
      <p className="confirmation" role="status">
        {inserted}
      </p>
      {state.kind === 'loading' && <p className="help">{t('reports.excerpts.loading')}</p>}
      {state.kind === 'failed' && <ErrorMessage error={state.error} />}
      {state.kind === 'loaded' && state.excerpts.length === 0 && <p className="help">{t('reports.excerpts.none')}</p>}
      {state.kind === 'loaded' && state.excerpts.length > 0 && shown.length === 0 && (
        <p className="help">{t('reports.excerpts.noMatch')}</p>
      )}
      {shown.length > 0 && (
        <ul className="reports-excerpt-list" data-testid="excerpts">
          {shown.map((excerpt, index) => (
            <li key={`${excerpt.entryId}/${excerpt.sectionId}`} className="reports-excerpt">
              <div className="reports-excerpt-top">
                <span className="reports-excerpt-title" id={`${listId}-${index}`}>
                  {excerpt.title === '' ? t('reports.excerpts.untitled') : excerpt.title}
                </span>
                <span className="help">
                  {t('reports.excerpts.meta', {
                    date: formatCalendarDate(excerpt.sessionDate, i18n.language),
                    phase: t(`taxonomy.phases.${excerpt.phase}`),
                  })}
                </span>
                <span className="reports-badge" data-type={excerpt.statementType}>
                  {excerpt.statementType === undefined
                    ? t('reports.excerpts.noType')
                    : t(`taxonomy.statementTypes.${excerpt.statementType}`)}
                </span>
                {quoted.has(`${excerpt.entryId}/${excerpt.sectionId}`) && (
                  <span className="reports-badge-quiet">{t('reports.excerpts.quoted')}</span>
                )}
              </div>
              <p className="reports-excerpt-text">{previewOf(excerpt.text)}</p>
              <button type="button" aria-describedby={`${listId}-${index}`} onClick={() => insert(excerpt)}>
                {t('reports.excerpts.insert')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="actions">
        <button type="button" onClick={onClose}>
          {t('reports.excerpts.close')}
        </button>
      </div>
    </InlinePanel>
  );
}

/** The cached read as this panel names its states. */
function excerptsState(loaded: Loaded<ReportableExcerpt[]>): ExcerptsState {
  return loaded.kind === 'loaded' ? { kind: 'loaded', excerpts: loaded.value } : loaded;
}
