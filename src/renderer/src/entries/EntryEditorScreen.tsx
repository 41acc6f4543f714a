import { useTranslation } from 'react-i18next';
import { ScreenLoadState } from '../ui/ScreenLoadState';
import { EntryWorkspace } from './EntryWorkspace';
import { useEntryScreenData } from './useEntryScreenData';
import './entries.css';

interface Props {
  caseId: string;
  /** The reflection to read or revise; none for a new one. */
  entryId?: string;
  /** A draft to take up again. */
  draftId?: string;
  /** For a new reflection: the export record id of the brief whose supervision it records. */
  supervisionOf?: string | undefined;
}

/** The reflection screen: the cached case and its drafts, then writing, reading and revising. */
export function EntryEditorScreen({ caseId, entryId, draftId, supervisionOf }: Props) {
  const { t } = useTranslation();
  const data = useEntryScreenData(caseId);
  if (data.kind !== 'loaded')
    return (
      <ScreenLoadState
        state={data}
        className="entry-screen"
        loading={t('entries.loading')}
        failed={t('entries.loadFailed')}
      />
    );
  return (
    <EntryWorkspace
      journalCase={data.value.journalCase}
      drafts={data.value.drafts}
      entryId={entryId}
      draftId={draftId}
      supervisionOf={supervisionOf}
    />
  );
}
