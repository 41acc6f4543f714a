import { useTranslation } from 'react-i18next';
import type { Entry } from '../../../shared/domain/entry';
import type { Party } from '../../../shared/domain/party';
import { formatTime } from './dates';
import { EntryContentView } from './EntryContentView';
import { EntryHistory } from './EntryHistory';
import { SupervisionNote } from './SupervisionNote';

interface Props {
  caseId: string;
  entry: Entry;
  parties: readonly Party[];
  /** Just saved: say so, with the time. */
  justSaved: boolean;
  onEdit: () => void;
}

/** A saved reflection, read-only, with its earlier versions. */
export function EntryView({ caseId, entry, parties, justSaved, onEdit }: Props) {
  const { t, i18n } = useTranslation();
  return (
    <div className="entry-view">
      <div className="entry-view-actions">
        <button type="button" className="primary" onClick={onEdit}>
          {t('entries.view.edit')}
        </button>
        <p className="save-status" role="status" data-testid="save-status">
          {justSaved ? t('entries.status.saved', { time: formatTime(entry.updatedAt, i18n.language) }) : ''}
        </p>
      </div>
      {entry.supervisionOf !== undefined && (
        <SupervisionNote caseId={caseId} exportId={entry.supervisionOf.exportId} badge />
      )}
      <EntryContentView content={entry} parties={parties} level={2} />
      <EntryHistory history={entry.history} parties={parties} />
    </div>
  );
}
