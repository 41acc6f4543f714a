/**
 * The kinds of thing one synced file is made of, and the check of a stored revision against its
 * kind: the envelope, the value by the kind's schema, and the key's id against the value, so a
 * revision can never hold one thing under another's key. A removal (null) only for the kinds that
 * can be removed.
 */
import type { z } from 'zod';
import { idOfKey, kindOfKey, revisionSchema } from './revision';

export interface RecordKind {
  schema: z.ZodType;
  /** The id the key must carry for a value; absent when the key has no id or any id will do. */
  idOf?: (value: never) => string;
  /** True for the one kind whose key is the kind alone (a case's `details`). */
  single?: boolean;
  removable: boolean;
}

/** The schema of a stored revision of a file made of `kinds`; `subject` names the file in messages. */
export function revisionSchemaFor(subject: string, kinds: Readonly<Record<string, RecordKind>>) {
  return revisionSchema.superRefine((revision, context) => {
    const kindName = kindOfKey(revision.key);
    const kind = Object.hasOwn(kinds, kindName) ? kinds[kindName] : undefined;
    if (kind === undefined) {
      context.addIssue({ code: 'custom', message: `"${kindName}" is not part of ${subject}`, path: ['key'] });
      return;
    }
    const id = idOfKey(revision.key);
    if ((kind.single === true) !== (id === undefined)) {
      context.addIssue({
        code: 'custom',
        message: `a ${kindName} key ${id === undefined ? 'needs' : 'has no'} id`,
        path: ['key'],
      });
    }
    if (revision.value === null) {
      if (!kind.removable)
        context.addIssue({ code: 'custom', message: `a ${kindName} cannot be removed`, path: ['value'] });
      return;
    }
    const parsed = kind.schema.safeParse(revision.value);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        context.addIssue({ code: 'custom', message: issue.message, path: ['value', ...issue.path] });
      }
      return;
    }
    if (kind.idOf !== undefined && kind.idOf(parsed.data as never) !== id) {
      context.addIssue({ code: 'custom', message: `the key names ${String(id)}, the value another`, path: ['key'] });
    }
  });
}

/**
 * The record-key maker of a file whose every kind's key carries an id taken from the value:
 * `keyOf(kind, value)` is `<kind>:<id>`.
 */
export function recordKeyMaker<Kinds extends Record<string, { idOf: (value: never) => string }>>(kinds: Kinds) {
  return <Kind extends keyof Kinds & string>(kind: Kind, value: Parameters<Kinds[Kind]['idOf']>[0]): string =>
    `${kind}:${((kinds[kind] as Kinds[Kind]).idOf as (value: unknown) => string)(value)}`;
}
