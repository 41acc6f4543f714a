import { useId, useMemo, useState, type FormEvent, type KeyboardEvent } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { CaseWithEntries } from '../../../shared/domain/case';
import type { Entry } from '../../../shared/domain/entry';
import type { AppErrorShape } from '../../../shared/ipc/result';
import { getApi } from '../api/client';
import { ErrorMessage } from '../components/ErrorMessage';
import { useNavigation } from '../navigation/NavigationContext';
import { isEarlierDay } from './dates';
import type { EditStart } from './editStart';
import { EntryGroups, initiallyOpen } from './EntryGroups';
import { contentFromForm, workFingerprint, type EntryForm, type FormProblem } from './entryForm';
import { SaveStatus } from './SaveStatus';
import { SectionsEditor } from './SectionsEditor';
import { SessionFields } from './SessionFields';
import { SupervisionNote } from './SupervisionNote';
import { useDraftAutosave } from './useDraftAutosave';
import { useLeaveGuard } from './useLeaveGuard';

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
  const [form, setForm] = useState(start.form);
  const [open, setOpen] = useState(() => initiallyOpen(start.form));
  const [problems, setProblems] = useState<FormProblem[]>([]);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<AppErrorShape | undefined>();
  const [reason, setReason] = useState('');
  const [confirmingDiscard, setConfirmingDiscard] = useState(false);
  const baseline = useMemo(() => workFingerprint(start.baseline), [start.baseline]);
  const dirty = useMemo(() => workFingerprint(form) !== baseline, [form, baseline]);
  const autosave = useDraftAutosave({
    caseId: journalCase.id,
    entryId: start.entryId,
    draftId: start.draftId,
    form,
    baseline,
    ...(start.stored === undefined ? {} : { stored: start.stored }),
  });
  useLeaveGuard(dirty && !saving, t('entries.leave.question'), autosave);
  const { parties } = journalCase;
  const askReason = start.entry !== undefined && isEarlierDay(start.entry.createdAt);
  const dateId = `${id}-date`;
  const ratingIds = { practitioner: `${id}-practitioner-problem`, caregiver: `${id}-caregiver-problem` };

  function update(patch: Partial<EntryForm>): void {
    setForm((current) => ({ ...current, ...patch }));
    if (problems.length > 0) setProblems([]);
  }

  function showProblems(found: FormProblem[]): void {
    flushSync(() => {
      setProblems(found);
      if (found.some((problem) => problem.kind === 'partial-rating'))
        setOpen((current) => ({ ...current, ratings: true }));
    });
    const first = found[0];
    if (first === undefined) return;
    const target = first.kind === 'session-date' ? dateId : ratingIds[first.who];
    document.getElementById(target)?.focus();
  }

  async function save(): Promise<void> {
    if (saving) return;
    const result = contentFromForm(form);
    if (!result.ok) {
      showProblems(result.problems);
      return;
    }
    setSaving(true);
    setError(undefined);
    await autosave.settle();
    const trimmedReason = reason.trim();
    const response = await getApi().saveEntry({
      caseId: journalCase.id,
      entryId: start.entryId,
      content: result.content,
      ...(askReason && trimmedReason !== '' ? { reason: trimmedReason } : {}),
    });
    if (!response.ok) {
      setSaving(false);
      setError(response.error);
      // The text is still only on screen: keep it in the draft while the user sees what went wrong.
      autosave.resume();
      void autosave.flush();
      return;
    }
    // Main deletes the draft with the save; nothing more to keep.
    autosave.stop();
    onSaved(response.value);
  }

  async function discard(): Promise<void> {
    await autosave.discard();
    // The user chose to discard: leaving must not ask again.
    setLeaveGuard(undefined);
    onClose();
  }

  function onSubmit(event: FormEvent): void {
    event.preventDefault();
    void save();
  }

  function onKeyDown(event: KeyboardEvent<HTMLFormElement>): void {
    if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 's') {
      event.preventDefault();
      void save();
    }
  }

  return (
    <form
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
        open={open}
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
          <input
            id={`${id}-reason`}
            className="text-input"
            value={reason}
            aria-describedby={`${id}-reason-help`}
            onChange={(event) => setReason(event.target.value)}
          />
        </div>
      )}
      {problems.length > 0 && (
        <p className="field-problem" role="alert">
          {t('entries.problems.summary', { count: problems.length })}
        </p>
      )}
      {error !== undefined && <ErrorMessage error={error} />}
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
        <button type="submit" className="primary" disabled={saving}>
          {saving
            ? t('entries.actions.saving')
            : start.entry === undefined
              ? t('entries.actions.save')
              : t('entries.actions.saveChanges')}
        </button>
        <button type="button" onClick={() => (dirty ? setConfirmingDiscard(true) : onClose())}>
          {dirty ? t('entries.actions.discard') : t('entries.actions.close')}
        </button>
        <SaveStatus draft={autosave.status} savingEntry={saving} dirty={dirty} />
      </div>
    </form>
  );
}
