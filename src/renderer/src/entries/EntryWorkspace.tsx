import { SupervisionPrompts } from '../supervision/SupervisionPrompts';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseWithEntries } from '../../../shared/domain/case';
import type { Entry } from '../../../shared/domain/entry';
import type { DefaultSectionKey } from '../../../shared/domain/taxonomy';
import type { Draft } from '../../../shared/journal/requests';
import { queryKeyOf } from '../api/queryKeys';
import { useNavigation } from '../navigation/NavigationContext';
import { formatSessionDate } from './dates';
import { DraftOffer } from './DraftOffer';
import { fromDraft, newReflection, revision, supervisionReflection, type EditStart } from './editStart';
import { EntryEditor } from './EntryEditor';
import { EntryView } from './EntryView';
import { PhaseFollowPrompt } from './PhaseFollowPrompt';

interface Props {
  journalCase: CaseWithEntries;
  drafts: Draft[];
  entryId: string | undefined;
  draftId: string | undefined;
  supervisionOf?: string | undefined;
}

type Mode =
  { kind: 'view'; entryId: string; justSaved: boolean } | { kind: 'edit'; start: EditStart } | { kind: 'missing' };

/**
 * One reflection: written, read, revised. A saved entry opens to read; a new one, or a draft,
 * opens to write. Drafts left unfinished when the screen opened are offered before anything else;
 * that list is kept as it was (less those taken up or discarded), so the draft the editor
 * autosaves is never offered back to it. The case is the cached read, kept current by the cache.
 */
export function EntryWorkspace(props: Props) {
  const { t, i18n } = useTranslation();
  const { navigate } = useNavigation();
  const client = useQueryClient();
  const { journalCase } = props;
  const [drafts, setDrafts] = useState(props.drafts);
  const titles: Record<DefaultSectionKey, string> = {
    'what-happened': t('taxonomy.defaultSections.what-happened'),
    'my-reflection': t('taxonomy.defaultSections.my-reflection'),
  };
  const [mode, setMode] = useState<Mode>(() => {
    const routeDraft = props.drafts.find((draft) => draft.draftId === props.draftId);
    const fromRoute = routeDraft === undefined ? undefined : fromDraft(routeDraft, props.journalCase, titles);
    if (fromRoute !== undefined) return { kind: 'edit', start: fromRoute };
    if (props.entryId === undefined && props.supervisionOf !== undefined)
      return {
        kind: 'edit',
        start: supervisionReflection(props.journalCase, titles, {
          exportId: props.supervisionOf,
          sectionTitle: t('entries.supervision.sectionTitle'),
        }),
      };
    if (props.entryId === undefined) return { kind: 'edit', start: newReflection(props.journalCase, titles) };
    const entry = props.journalCase.entries.find((candidate) => candidate.id === props.entryId);
    return entry === undefined ? { kind: 'missing' } : { kind: 'view', entryId: entry.id, justSaved: false };
  });

  const entryIds = new Set(journalCase.entries.map((entry) => entry.id));
  const viewed = mode.kind === 'view' ? journalCase.entries.find((entry) => entry.id === mode.entryId) : undefined;
  const editing = mode.kind === 'edit' ? mode.start : undefined;
  const pristine = editing !== undefined && editing.stored === undefined && editing.entry === undefined;
  // Drafts to offer: of the entry on screen, or, for a new reflection, those of entries never saved.
  const offered = drafts.filter((draft) =>
    viewed !== undefined ? draft.entryId === viewed.id : pristine && !entryIds.has(draft.entryId),
  );

  /** The saved entry goes into the cached case at once, so it opens to read before the case is read again. */
  function onSaved(entry: Entry): void {
    client.setQueryData<CaseWithEntries>(queryKeyOf('getCase', { caseId: journalCase.id }), (current) =>
      current === undefined ? current : withEntry(current, entry),
    );
    setDrafts((current) => current.filter((draft) => draft.entryId !== entry.id));
    setMode({ kind: 'view', entryId: entry.id, justSaved: true });
  }

  function continueDraft(draft: Draft): void {
    const start = fromDraft(draft, journalCase, titles);
    if (start === undefined) return;
    setDrafts((current) => current.filter((candidate) => candidate.draftId !== draft.draftId));
    setMode({ kind: 'edit', start });
  }

  function close(): void {
    if (editing?.entry !== undefined) setMode({ kind: 'view', entryId: editing.entry.id, justSaved: false });
    else navigate({ screen: 'case', caseId: journalCase.id });
  }

  let title: string;
  if (viewed !== undefined)
    title = t('entries.view.title', { date: formatSessionDate(viewed.sessionDate, i18n.language) });
  else if (editing?.entry !== undefined)
    title = t('entries.editor.reviseTitle', { date: formatSessionDate(editing.entry.sessionDate, i18n.language) });
  else if (editing !== undefined) title = t('entries.editor.newTitle');
  else title = t('entries.view.missing');

  return (
    <section className="screen entry-screen" aria-labelledby="entry-title">
      <button
        type="button"
        className="link-button back-link"
        onClick={() => navigate({ screen: 'case', caseId: journalCase.id })}
      >
        {t('entries.backToCase', { alias: journalCase.alias })}
      </button>
      <h1 tabIndex={-1} id="entry-title">
        {title}
      </h1>
      <DraftOffer
        drafts={offered}
        onContinue={continueDraft}
        onDiscarded={(draft) =>
          setDrafts((current) => current.filter((candidate) => candidate.draftId !== draft.draftId))
        }
      />
      {viewed !== undefined && mode.kind === 'view' && mode.justSaved && (
        <PhaseFollowPrompt journalCase={journalCase} entry={viewed} />
      )}
      {viewed !== undefined && mode.kind === 'view' && (
        <EntryView
          caseId={journalCase.id}
          entry={viewed}
          parties={journalCase.parties}
          justSaved={mode.justSaved}
          onEdit={() => setMode({ kind: 'edit', start: revision(viewed) })}
        />
      )}
      {editing !== undefined && <SupervisionPrompts journalCase={journalCase} />}
      {editing !== undefined && (
        <EntryEditor
          key={`${editing.entryId}/${editing.draftId}`}
          journalCase={journalCase}
          start={editing}
          onSaved={onSaved}
          onClose={close}
        />
      )}
      {mode.kind === 'missing' && <p>{t('entries.view.missingHelp')}</p>}
    </section>
  );
}

function withEntry(journalCase: CaseWithEntries, entry: Entry): CaseWithEntries {
  const known = journalCase.entries.some((candidate) => candidate.id === entry.id);
  return {
    ...journalCase,
    entries: known
      ? journalCase.entries.map((candidate) => (candidate.id === entry.id ? entry : candidate))
      : [...journalCase.entries, entry],
  };
}
