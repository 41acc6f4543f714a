/**
 * Format versions of stored documents. Each document carries a `version`; one written before it
 * had one is version 1. An older document is brought up to the current version on read, through
 * one small pure step per version, and the caller writes the upgraded form only when it next saves.
 * A document from a newer Alianza is refused, never read in part; its caller never writes over it.
 */
import { AppError } from '../ipc/result';

/** One step from version N to N + 1: pure, it returns a new object and never changes its input. */
export type MigrationStep = (data: Record<string, unknown>) => Record<string, unknown>;

/** How one kind of document is versioned. */
export interface DocumentVersioning {
  /** "The settings file", "This draft": the start of the message that names the document. */
  subject: string;
  /** The version this app writes. */
  current: number;
  /** For each older version N, the step to N + 1. */
  migrations: Readonly<Record<number, MigrationStep>>;
}

/** The version a stored document declares: 1 when it has none; undefined when it is not a number ≥ 1. */
export function documentVersion(data: Record<string, unknown>): number | undefined {
  if (!('version' in data)) return 1;
  const version = data.version;
  return typeof version === 'number' && Number.isSafeInteger(version) && version >= 1 ? version : undefined;
}

/**
 * The document brought up to `versioning.current`, stamped with it. Anything that is not a JSON
 * object is returned as it is, for the caller's schema to refuse. A newer version is
 * `unsupported-format`, and so is a version that is not a whole number or has no step onward;
 * `where.file` names the file in the error.
 */
export function upgradeDocument(versioning: DocumentVersioning, data: unknown, where: { file?: string } = {}): unknown {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return data;
  let document = data as Record<string, unknown>;
  const stored = documentVersion(document);
  if (stored === undefined) {
    throw new AppError(
      'unsupported-format',
      `${versioning.subject} has a format version Alianza does not know.`,
      where,
    );
  }
  if (stored > versioning.current) throw newerDocument(versioning, stored, where);
  for (let version = stored; version < versioning.current; version += 1) {
    const step = versioning.migrations[version];
    if (step === undefined) {
      throw new AppError(
        'unsupported-format',
        `${versioning.subject} is in format ${version}, which this version of Alianza cannot upgrade.`,
        where,
      );
    }
    // The stamp comes from here, so a step only describes what changed in its content.
    document = { ...step(document), version: version + 1 };
  }
  return document;
}

/** The version of a document written by a newer Alianza; undefined for any other document. */
export function newerVersionOf(versioning: Pick<DocumentVersioning, 'current'>, data: unknown): number | undefined {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return undefined;
  const stored = documentVersion(data as Record<string, unknown>);
  return stored !== undefined && stored > versioning.current ? stored : undefined;
}

/** The error for a document written by a newer Alianza: update, and nothing was changed. */
export function newerDocument(
  versioning: Pick<DocumentVersioning, 'subject' | 'current'>,
  stored: number,
  where: { file?: string } = {},
): AppError {
  return new AppError(
    'unsupported-format',
    `${versioning.subject} was written by a newer version of Alianza (format ${stored}; this one reads up to ${versioning.current}). Update Alianza to open it; the file was left as it is.`,
    where,
  );
}
