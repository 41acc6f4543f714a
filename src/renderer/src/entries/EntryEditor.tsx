import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { useController } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { CaseWithEntries } from '../../../shared/domain/case';
import type { Entry } from '../../../shared/domain/entry';
import { useContractMutation } from '../api/useContractMutation';
import { ErrorMessage } from '../components/ErrorMessage';
import { useNavigation } from '../navigation/NavigationContext';
import { useContractForm } from '../ui/form/useContractForm';
import { isEarlierDay } from './dates';
import type { EditStart } from './editStart';
import { EntryGroups, initiallyOpen } from './EntryGroups';
import { workFingerprint, type EntryForm } from './entryForm';
import { entrySaveSchema, problemsOf, type EntryValues } from './entrySaveSchema';
import { SaveStatus } from './SaveStatus';
import { SectionsEditor } from './SectionsEditor';
import { SessionFields } from './SessionFields';
import { SupervisionNote } from './SupervisionNote';
import { useDraftAutosave } from './useDraftAutosave';
import { useLeaveGuard } from './useLeaveGuard';

/** macOS names the shortcut ⌘S; everywhere else it is Ctrl+S (both work everywhere). */
const onMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.userAgent);

interface Props {
  journalCase: CaseWithEntries;
  start: EditStart;
  onSaved: (entry: Entry) => void;
  /** Leave editing without saving (after any changes were discarded). */
  onClose: () => void;
}

/**
 * The reflection form: date and phase, the texts, then the optional parts folded away. Drafts
 * are kept as the user types; Ctrl+S (or Cmd+S) saves.
 */
export function EntryEditor({ journalCase, start, onSaved, onClose }: Props) {
  const { t } = useTranslation();
  const { setLeaveGuard } = useNavigation();
  const id = useId();
  const [open, setOpen] = useState(() => initiallyOpen(start.form, start.entry === undefined));
  const [confirmingDiscard, setConfirmingDiscard] = useState(false);
  const baseline = useMemo(() => workFingerprint(start.baseline), [start.baseline]);
  const askReason = start.entry !== undefined && isEarlierDay(start.entry.createdAt);
  const schema = useMemo(
    () => entrySaveSchema(journalCase.id, start.entryId, askReason),
    [journalCase.id, start.entryId, askReason],
  );
  const [defaultValues] = useState<EntryValues>(() => ({ entry: start.form, reason: '' }));
  const saving = useContractMutation('saveEntry', {
    onSuccess: (entry) => {
      // Main deletes the draft with the save; nothing more to keep.
      autosave.stop();
      onSaved(entry);
    },
    onError: () => {
      // The text is still only on screen: keep it in the draft while the user sees what went wrong.
      autosave.resume();
      void autosave.flush();
    },
  });
  const {
    form: entryForm,
    formRef,
    onSubmit,
    busy,
    dirty,
    serverError,
  } = useContractForm({
    schema,
    defaultValues,
    mutation: {
      // No draft save may run during the entry's save, nor after it (main deletes the draft).
      mutateAsync: async (request) => {
        await autosave.settle();
        return saving.mutateAsync(request);
      },
      error: saving.error,
      isPending: saving.isPending,
    },
    dirtyWhen: (values) => workFingerprint(values.entry) !== baseline,
    revalidate: 'onSubmit',
  });
  const { field } = useController({ control: entryForm.control, name: 'entry' });
  const form = field.value;
  const reasonField = entryForm.register('reason');
  const problems = problemsOf(entryForm.formState.errors.entry, form);
  const autosave = useDraftAutosave({
    caseId: journalCase.id,
    entryId: start.entryId,
    draftId: start.draftId,
    form,
    baseline,
    ...(start.stored === undefined ? {} : { stored: start.stored }),
  });
  useLeaveGuard(dirty && !busy, t('entries.leave.question'), autosave);
  const { parties } = journalCase;
  const dateId = `${id}-date`;
  const ratingIds = { practitioner: `${id}-practitioner-problem`, caregiver: `${id}-caregiver-problem` };
  // A rating that is half done opens its group, so the message and the focus can reach it.
  const shownOpen = problems.some((problem) => problem.kind === 'partial-rating') ? { ...open, ratings: true } : open;

  function update(patch: Partial<EntryForm>): void {
    field.onChange({ ...form, ...patch });
    // A change answers the problems shown: they come back only on the next try to save.
    if (problems.length > 0) entryForm.clearErrors();
  }

  async function discard(): Promise<void> {
    await autosave.discard();
    // The user chose to discard: leaving must not ask again.
    setLeaveGuard(undefined);
    onClose();
  }

  function onKeyDown(event: KeyboardEvent<HTMLFormElement>): void {
    if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 's') {
      event.preventDefault();
      formRef.current?.requestSubmit();
    }
  }

  return (
    <form
      ref={formRef}
      className="entry-form"
      onSubmit={onSubmit}
      onKeyDown={onKeyDown}
      onBlur={(event) => {
        // Focus leaving the form (the Lock button, another window) puts the text in a draft at once.
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) void autosave.flush();
      }}
      noValidate
      aria-label={t('entries.editor.formLabel')}
    >
      {form.supervisionOf !== undefined && (
        <SupervisionNote caseId={journalCase.id} exportId={form.supervisionOf.exportId} />
      )}
      <SessionFields
        form={form}
        onChange={update}
        dateId={dateId}
        dateInvalid={problems.some((problem) => problem.kind === 'session-date')}
      />
      <SectionsEditor
        sections={form.sections}
        parties={parties}
        focusFirst={start.entry === undefined && start.stored === undefined}
        onChange={(sections) => update({ sections })}
      />
      <EntryGroups
        form={form}
        parties={parties}
        problems={problems}
        open={shownOpen}
        onOpenChange={(group, isOpen) => setOpen((current) => ({ ...current, [group]: isOpen }))}
        onChange={update}
        ratingIds={ratingIds}
      />
      {askReason && (
        <div className="field revision-reason">
          <label htmlFor={`${id}-reason`}>{t('entries.revision.reason')}</label>
          <p className="help" id={`${id}-reason-help`}>
            {t('entries.revision.reasonHelp')}
          </p>
          <input {...reasonField} id={`${id}-reason`} className="text-input" aria-describedby={`${id}-reason-help`} />
        </div>
      )}
      {problems.length > 0 && (
        <p className="field-problem" role="alert">
          {t('entries.problems.summary', { count: problems.length })}
        </p>
      )}
      {serverError !== undefined && <ErrorMessage error={serverError} />}
      {autosave.status.kind === 'failed' && <ErrorMessage error={autosave.status.error} />}
      {confirmingDiscard && (
        <div className="inline-confirm" role="alert">
          <p>{t('entries.discard.question')}</p>
          <div className="actions">
            <button type="button" autoFocus onClick={() => setConfirmingDiscard(false)}>
              {t('entries.discard.keep')}
            </button>
            <button type="button" className="danger" onClick={() => void discard()}>
              {t('entries.discard.confirm')}
            </button>
          </div>
        </div>
      )}
      <div className="entry-actions">
        <button type="submit" className="primary" disabled={busy} aria-keyshortcuts={onMac ? 'Meta+S' : 'Control+S'}>
          {busy
            ? t('entries.actions.saving')
            : start.entry === undefined
              ? t('entries.actions.save')
              : t('entries.actions.saveChanges')}
        </button>
        <button type="button" onClick={() => (dirty ? setConfirmingDiscard(true) : onClose())}>
          {dirty ? t('entries.actions.discard') : t('entries.actions.close')}
        </button>
        <span className="help shortcut-hint">
          {onMac ? t('entries.actions.shortcutMac') : t('entries.actions.shortcut')}
        </span>
        <SaveStatus draft={autosave.status} savingEntry={busy} dirty={dirty} />
      </div>
    </form>
  );
}
