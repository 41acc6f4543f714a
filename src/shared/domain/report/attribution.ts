/**
 * An allegation says whose it is: a court report that reads "it is alleged" without naming who
 * alleges it is exactly what child-protection report guidance warns against. A draft may lack it
 * while it is being written; sharing and finalizing refuse it.
 */
import { AppError } from '../../ipc/result';
import { statementPlace } from './privateTextGate';
import type { ReportVersion } from './report';

/** The statements of `version` that are allegations by no one, as places in words. */
export function unattributedAllegations(version: ReportVersion): string[] {
  return version.sections.flatMap((section) =>
    section.statements.flatMap((statement, index) =>
      statement.type === 'allegation' && statement.by === undefined ? [statementPlace(section.kind, index)] : [],
    ),
  );
}

/** Refuses (`invalid-request`, naming each statement) when an allegation does not say whose it is. */
export function refuseUnattributedAllegations(version: ReportVersion): void {
  const places = unattributedAllegations(version);
  if (places.length === 0) return;
  throw new AppError(
    'invalid-request',
    `say who alleges ${places.join('; ')} before the report is shared or made final (choose under "Who alleges it").`,
  );
}
