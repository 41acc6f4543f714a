/**
 * The form hooks in React over jsdom. The form hook, with a real TanStack mutation whose call the test settles:
 * two submits in the same tick send once, dirty follows the typed text, a refused submit focuses
 * the first invalid field, and main's refusal is shown. The rules are a shared schema's.
 */
import { QueryClient, QueryClientProvider, useMutation } from '@tanstack/react-query';
import { JSDOM } from 'jsdom';
import { createElement, type ReactNode } from 'react';
import type { Root } from 'react-dom/client';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { ApiError } from '../../../src/renderer/src/api/client';
import { useContractForm } from '../../../src/renderer/src/ui/form/useContractForm';
import { useSubmit } from '../../../src/renderer/src/vault/useSubmit';
import type { Result } from '../../../src/shared/ipc/result';
import { nonBlankSchema } from '../../../src/shared/domain/primitives';

/** What React DOM reads from the global scope; Node has none of them. */
const domGlobals = ['window', 'document', 'navigator', 'HTMLElement', 'HTMLInputElement', 'Node', 'Event'] as const;

let dom: JSDOM;
let root: Root | undefined;

beforeAll(() => {
  dom = new JSDOM('<!doctype html><div id="root"></div>', { pretendToBeVisual: true });
  for (const name of domGlobals)
    Object.defineProperty(globalThis, name, { value: dom.window[name], configurable: true });
});

afterEach(() => {
  root?.unmount();
  root = undefined;
});

afterAll(async () => {
  // React's last scheduled work after the unmount runs on a timer; let it find the window.
  await new Promise((resolve) => setTimeout(resolve, 100));
  dom.window.close();
  for (const name of domGlobals) Reflect.deleteProperty(globalThis, name);
});

const requestSchema = z.strictObject({ title: nonBlankSchema, note: z.string().optional() });
type Request = z.infer<typeof requestSchema>;
interface Values {
  title: string;
  note: string;
}
const formSchema = z
  .object({ title: z.string(), note: z.string() })
  .transform((values): z.input<typeof requestSchema> => ({
    title: values.title.trim(),
    ...(values.note.trim() === '' ? {} : { note: values.note.trim() }),
  }))
  .pipe(requestSchema);

interface Probe {
  sent: Request[];
  dirty: boolean[];
  /** Settles the call in flight: nothing, or main's refusal. */
  settle: (refusal?: ApiError) => void;
}

function NoteForm({ probe }: { probe: Probe }) {
  const mutation = useMutation<unknown, ApiError, Request>({
    mutationFn: (request) =>
      new Promise((resolve, reject) => {
        probe.sent.push(request);
        probe.settle = (refusal) => (refusal === undefined ? resolve(request) : reject(refusal));
      }),
  });
  const { form, formRef, onSubmit, busy, serverError } = useContractForm<Values, Request>({
    schema: formSchema,
    defaultValues: { title: 'Visita', note: '' },
    mutation,
    problemOf: ({ path }) => `problem:${path}`,
    onDirtyChange: (dirty) => probe.dirty.push(dirty),
  });
  const { errors } = form.formState;
  return createElement(
    'form',
    { ref: formRef, onSubmit, noValidate: true },
    createElement('input', { ...form.register('note'), id: 'note', 'aria-invalid': errors.note ? true : undefined }),
    createElement('input', { ...form.register('title'), id: 'title', 'aria-invalid': errors.title ? true : undefined }),
    errors.title && createElement('p', { id: 'title-error' }, errors.title.message),
    serverError && createElement('p', { id: 'server-error' }, serverError.code),
    createElement('button', { type: 'submit', id: 'save', disabled: busy }, 'Save'),
  );
}

async function show(): Promise<Probe> {
  const { createRoot } = await import('react-dom/client');
  const probe: Probe = { sent: [], dirty: [], settle: () => undefined };
  const client = new QueryClient();
  root = createRoot(dom.window.document.getElementById('root')!);
  const tree: ReactNode = createElement(QueryClientProvider, { client }, createElement(NoteForm, { probe }));
  root.render(tree);
  await vi.waitFor(() => expect(element('save')).toBeTruthy());
  return probe;
}

function element<T extends HTMLElement = HTMLElement>(id: string): T {
  return dom.window.document.getElementById(id) as T;
}

/** Types into an input the way a browser does, so React's change tracking sees it. */
function type(id: string, text: string): void {
  const input = element<HTMLInputElement>(id);
  const setter = Object.getOwnPropertyDescriptor(dom.window.HTMLInputElement.prototype, 'value')?.set;
  setter?.call(input, text);
  input.dispatchEvent(new dom.window.Event('input', { bubbles: true }));
}

function submit(): void {
  element('root')
    .querySelector('form')!
    .dispatchEvent(new dom.window.Event('submit', { bubbles: true, cancelable: true }));
}

describe('a form on the form hook', () => {
  it('sends once when submitted twice in the same tick, and again once the first is done', async () => {
    const probe = await show();
    submit();
    submit();
    await vi.waitFor(() => expect(probe.sent).toHaveLength(1));
    expect(probe.sent[0]).toEqual({ title: 'Visita' });
    await vi.waitFor(() => expect(element<HTMLButtonElement>('save').disabled).toBe(true));
    // Still one while the first call is in flight.
    submit();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(probe.sent).toHaveLength(1);
    probe.settle();
    await vi.waitFor(() => expect(element<HTMLButtonElement>('save').disabled).toBe(false));
    submit();
    await vi.waitFor(() => expect(probe.sent).toHaveLength(2));
  });

  it('is dirty while the text differs from what it started with', async () => {
    const probe = await show();
    type('note', 'algo');
    await vi.waitFor(() => expect(probe.dirty.at(-1)).toBe(true));
    type('note', '');
    await vi.waitFor(() => expect(probe.dirty.at(-1)).toBe(false));
  });

  it('refuses what the shared schema refuses, names the problem and focuses the first invalid field', async () => {
    const probe = await show();
    type('title', '   ');
    element('save').focus();
    submit();
    await vi.waitFor(() => expect(element('title-error')?.textContent).toBe('problem:title'));
    expect(dom.window.document.activeElement?.id).toBe('title');
    expect(probe.sent).toHaveLength(0);
    // Fixed as typed, the problem goes without another submit.
    type('title', 'Visita domiciliaria');
    await vi.waitFor(() => expect(element('title-error')).toBeNull());
  });

  it("shows main's refusal and lets the user try again", async () => {
    const probe = await show();
    submit();
    await vi.waitFor(() => expect(probe.sent).toHaveLength(1));
    probe.settle(new ApiError({ code: 'disk-full', message: 'The disk is full.' }));
    await vi.waitFor(() => expect(element('server-error')?.textContent).toBe('disk-full'));
    submit();
    await vi.waitFor(() => expect(probe.sent).toHaveLength(2));
  });
});

function CallButton({ calls }: { calls: { settle: () => void }[] }) {
  const { submit, busy } = useSubmit(() => undefined);
  const call = () =>
    new Promise<Result<null>>((resolve) => {
      calls.push({ settle: () => resolve({ ok: true, value: null }) });
    });
  return createElement('button', { id: 'call', onClick: () => void submit(call), 'data-busy': busy }, 'Go');
}

describe('the older submit hook, still used by forms not on the form hook', () => {
  it('runs one call when clicked twice in the same tick', async () => {
    const { createRoot } = await import('react-dom/client');
    const calls: { settle: () => void }[] = [];
    root = createRoot(dom.window.document.getElementById('root')!);
    root.render(createElement(CallButton, { calls }));
    await vi.waitFor(() => expect(element('call')).toBeTruthy());
    element('call').click();
    element('call').click();
    await vi.waitFor(() => expect(element('call').dataset.busy).toBe('true'));
    expect(calls).toHaveLength(1);
    calls[0]?.settle();
    await vi.waitFor(() => expect(element('call').dataset.busy).toBe('false'));
    element('call').click();
    expect(calls).toHaveLength(2);
  });
});
