import { useTranslation } from 'react-i18next';
import { formatTime } from './dates';
import type { DraftStatus } from './useDraftAutosave';

interface Props {
  draft: DraftStatus;
  savingEntry: boolean;
  dirty: boolean;
}

/** Where the text is: only on screen, in a draft, or being saved. Announced politely as it changes. */
export function SaveStatus({ draft, savingEntry, dirty }: Props) {
  const { t, i18n } = useTranslation();
  let text = '';
  if (savingEntry) text = t('entries.status.savingEntry');
  else if (draft.kind === 'saving') text = t('entries.status.savingDraft');
  else if (draft.kind === 'saved') text = t('entries.status.draftSaved', { time: formatTime(draft.at, i18n.language) });
  else if (draft.kind === 'failed') text = t('entries.status.draftFailed');
  else if (dirty) text = t('entries.status.notSaved');
  return (
    <p className="save-status" role="status" data-testid="save-status">
      {text}
    </p>
  );
}
