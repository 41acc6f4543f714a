import { useCallback, useEffect, useRef, useState } from 'react';
import type { AppErrorShape } from '../../../shared/ipc/result';
import { getApi } from '../api/client';
import { draftContentFromForm, workFingerprint, type EntryForm } from './entryForm';

export type DraftStatus =
  { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved'; at: string } | { kind: 'failed'; error: AppErrorShape };

interface Options {
  caseId: string;
  entryId: string;
  draftId: string;
  form: EntryForm;
  /** The fingerprint of the form as saved (or blank): nothing to keep as a draft. */
  baseline: string;
  /** The draft this editing continues, as stored. */
  stored?: { fingerprint: string; savedAt: string };
  delayMilliseconds?: number;
}

export interface Autosave {
  status: DraftStatus;
  /** Saves the draft now if the form is ahead of it. */
  flush: () => Promise<void>;
  /**
   * Before saving the entry: cancels the pending draft save, holds every later one (a blur or a
   * timer during the save would write a draft after main deleted it), and waits for one under way.
   */
  settle: () => Promise<void>;
  /** The entry could not be saved: drafts are kept again. */
  resume: () => void;
  /** No more drafts: the entry was saved, or the changes discarded. */
  stop: () => void;
  /** Deletes the stored draft and stops. */
  discard: () => Promise<void>;
  /** Whether typed text is not in a draft yet. */
  isBehind: () => boolean;
}

/**
 * Keeps the form in an encrypted draft a moment after typing stops, when leaving, and when asked.
 * Saves run one after another; a form back to its saved state deletes the draft instead.
 */
export function useDraftAutosave(options: Options): Autosave {
  const { form, stored, delayMilliseconds = 2000 } = options;
  const [status, setStatus] = useState<DraftStatus>(
    stored === undefined ? { kind: 'idle' } : { kind: 'saved', at: stored.savedAt },
  );
  const latest = useRef(form);
  const identity = useRef(options);
  const storedFingerprint = useRef<string | undefined>(stored?.fingerprint);
  const timer = useRef<number | undefined>(undefined);
  const chain = useRef<Promise<void>>(Promise.resolve());
  const stopped = useRef(false);
  const held = useRef(false);

  useEffect(() => {
    identity.current = options;
  });

  const persist = useCallback(async () => {
    if (stopped.current || held.current) return;
    const current = latest.current;
    const fingerprint = workFingerprint(current);
    const { caseId, entryId, draftId, baseline } = identity.current;
    if (fingerprint === storedFingerprint.current) return;
    if (fingerprint === baseline) {
      if (storedFingerprint.current === undefined) return;
      const discarded = await getApi().discardDraft({ draftId });
      if (discarded.ok) {
        storedFingerprint.current = undefined;
        setStatus({ kind: 'idle' });
      }
      return;
    }
    setStatus({ kind: 'saving' });
    const result = await getApi().saveDraft({ draftId, caseId, entryId, content: draftContentFromForm(current) });
    if (result.ok) {
      storedFingerprint.current = fingerprint;
      setStatus({ kind: 'saved', at: result.value.savedAt });
    } else setStatus({ kind: 'failed', error: result.error });
  }, []);

  const flush = useCallback(() => {
    window.clearTimeout(timer.current);
    chain.current = chain.current.then(persist);
    return chain.current;
  }, [persist]);

  const settle = useCallback(() => {
    window.clearTimeout(timer.current);
    held.current = true;
    return chain.current;
  }, []);

  const resume = useCallback(() => {
    held.current = false;
  }, []);

  const stop = useCallback(() => {
    window.clearTimeout(timer.current);
    stopped.current = true;
  }, []);

  const discard = useCallback(async () => {
    stop();
    await chain.current;
    if (storedFingerprint.current === undefined) return;
    await getApi().discardDraft({ draftId: identity.current.draftId });
    storedFingerprint.current = undefined;
  }, [stop]);

  const isBehind = useCallback(() => {
    if (stopped.current) return false;
    const fingerprint = workFingerprint(latest.current);
    return fingerprint !== identity.current.baseline && fingerprint !== storedFingerprint.current;
  }, []);

  useEffect(() => {
    latest.current = form;
    if (stopped.current) return;
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => void flush(), delayMilliseconds);
    return () => window.clearTimeout(timer.current);
  }, [form, delayMilliseconds, flush]);

  // Leaving the screen keeps what was typed since the last draft.
  useEffect(() => () => void flush(), [flush]);

  return { status, flush, settle, resume, stop, discard, isBehind };
}
