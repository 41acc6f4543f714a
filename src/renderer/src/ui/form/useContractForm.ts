/**
 * The one way a form checks, sends and reports: react-hook-form with a shared zod schema as its
 * resolver, sent through a contract mutation.
 * - Submit-once: a ref, not React state, holds the form while it sends, so two clicks in the same
 *   tick send once.
 * - Dirty: react-hook-form's own comparison with the values the form started from; `onDirtyChange`
 *   hands it to the screen's leave guard.
 * - Field errors: the schema's issues, renamed as problem codes by `problemOf`.
 * - Focus: after a refused submit, the first field marked invalid (in reading order) takes focus.
 * - Server error: the mutation's typed error, for the form to show with `DamagedFileNotice`.
 */
import { useCallback, useEffect, useLayoutEffect, useRef, type FormEvent, type RefObject } from 'react';
import { useForm, useWatch, type DefaultValues, type FieldValues, type UseFormReturn } from 'react-hook-form';
import type { z } from 'zod';
import type { AppErrorShape } from '../../../../shared/ipc/result';
import type { ApiError } from '../../api/client';
import { focusFirstInvalid } from './focusFirstInvalid';
import { problemResolver, type ProblemNamer } from './problemResolver';

/** What the form needs of a mutation: `useContractMutation(...)` gives it. */
export interface FormMutation<Request> {
  mutateAsync: (request: Request) => Promise<unknown>;
  error: ApiError | null;
  isPending: boolean;
}

export interface ContractFormOptions<Values extends FieldValues, Request> {
  /** From the form's values to the request, checked by the request's schema on the way. */
  schema: z.ZodType<Request, Values>;
  defaultValues: Values;
  mutation: FormMutation<Request>;
  problemOf?: ProblemNamer;
  onDirtyChange?: (dirty: boolean) => void;
  /**
   * For a form whose work is not compared field by field: the reflection, whose draft may differ
   * from the saved entry it started from, is dirty when its fingerprint differs from the entry's.
   */
  dirtyWhen?: (values: Values) => boolean;
  /** `onSubmit` keeps the problems as they were until the next try (the form clears them on a change). */
  revalidate?: 'onChange' | 'onSubmit';
}

export interface ContractForm<Values extends FieldValues, Request> {
  form: UseFormReturn<Values, unknown, Request>;
  formRef: RefObject<HTMLFormElement | null>;
  onSubmit: (event: FormEvent) => void;
  busy: boolean;
  dirty: boolean;
  serverError: AppErrorShape | undefined;
  /** Hides the problems until the next submit (a row just added is not a mistake yet). */
  forgetAttempt: () => void;
}

export function useContractForm<Values extends FieldValues, Request>(
  options: ContractFormOptions<Values, Request>,
): ContractForm<Values, Request> {
  const { schema, defaultValues, mutation, problemOf, onDirtyChange, dirtyWhen, revalidate = 'onChange' } = options;
  const form = useForm<Values, unknown, Request>({
    resolver: problemResolver(schema, problemOf),
    defaultValues: defaultValues as DefaultValues<Values>,
    mode: 'onSubmit',
    reValidateMode: revalidate,
    shouldFocusError: false,
  });
  const formRef = useRef<HTMLFormElement>(null);
  const sending = useRef(false);
  const { submitCount } = form.formState;
  const values = useWatch({ control: form.control }) as Values;
  const isDirty = dirtyWhen === undefined ? form.formState.isDirty : dirtyWhen(values);
  const { mutateAsync } = mutation;

  useEffect(() => {
    onDirtyChange?.(isDirty);
  }, [isDirty, onDirtyChange]);

  // react-hook-form publishes a submit's count and errors together: once they have rendered (the
  // fields are marked) and before paint, a refused submit moves focus to the first invalid field.
  useLayoutEffect(() => {
    if (submitCount > 0) focusFirstInvalid(formRef.current);
  }, [submitCount]);

  const onSubmit = useCallback(
    (event: FormEvent) => {
      event.preventDefault();
      if (sending.current) return;
      sending.current = true;
      const send = form.handleSubmit(async (request) => {
        // A refused call is shown from the mutation's error; nothing else is to be done here.
        await mutateAsync(request).catch(() => undefined);
      });
      void send(event).finally(() => {
        sending.current = false;
      });
    },
    [form, mutateAsync],
  );

  const forgetAttempt = useCallback(() => {
    form.reset(undefined, { keepValues: true, keepDirty: true, keepDefaultValues: true, keepTouched: true });
  }, [form]);

  return {
    form,
    formRef,
    onSubmit,
    busy: mutation.isPending || form.formState.isSubmitting,
    dirty: isDirty,
    serverError: mutation.error?.shape,
    forgetAttempt,
  };
}
