import { useTranslation } from 'react-i18next';
import { loadStateOf } from '../api/loadState';
import { useContractQuery } from '../api/useContractQuery';

interface Props {
  caseId: string;
  /** The export record of the brief the supervision was about. */
  exportId: string;
  /** With the "Supervision" badge (when reading the entry). */
  badge?: boolean;
}

/** Says that a reflection records a supervision session, and of which brief (by its export date). */
export function SupervisionNote({ caseId, exportId, badge = false }: Props) {
  const { t, i18n } = useTranslation();
  const state = loadStateOf(useContractQuery('listExports', { caseId }));
  const record = state.kind === 'loaded' ? state.value.find((candidate) => candidate.id === exportId) : undefined;
  let note = '';
  if (record !== undefined)
    note = t('entries.supervision.note', {
      date: new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' }).format(new Date(record.exportedAt)),
    });
  else if (state.kind !== 'loading') note = t('entries.supervision.noteUnknown');
  return (
    <p className="supervision-note" data-testid="supervision-note">
      {badge && <span className="badge badge-supervision">{t('entries.supervision.badge')}</span>} {note}
    </p>
  );
}
