/**
 * A real vault with one family and three sessions (reportable, supervision and private text),
 * its court-report channels answered through the IPC router as the app answers them.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { EntryContent } from '../../../src/shared/domain/entry';
import type { CourtReport, ReportSection, Statement } from '../../../src/shared/domain/report/report';
import type { CreateReportRequest } from '../../../src/shared/reports/requests';
import type { MethodName } from '../../../src/shared/ipc/names';
import { createCaseRequest } from '../../unit/journal/journalFixtures';
import { sessionWith } from '../../unit/reports/reportFixtures';
import { openRoutedJournal } from '../journal/routedJournal';
import { passphrase, type TestJournal } from '../journal/support';
import { createTestServices } from '../../support/services';

/** Text that must never reach a report or lie in the vault folder unencrypted. */
export const privateReflection = 'PRIVADO-REFLEXION sentí que la madre me manipulaba durante toda la visita.';
export const supervisionNote = 'SUPERVISION-NOTA la abuela parecía cansada y distante con el equipo hoy.';
export const reportableNote = 'La abuela asistió puntualmente a las cuatro visitas acordadas con el programa.';

export interface ReportJournal extends TestJournal {
  caseId: string;
  /** Calls a channel through the router; the checked answer, or the AppError it failed with. */
  call<M extends MethodName>(method: M, payload: unknown): Promise<unknown>;
  /** Creates a court report of the case through the router: a first hearing without a date, in Spanish, unless told. */
  createReport(details?: Partial<Omit<CreateReportRequest, 'caseId'>>): Promise<CourtReport>;
}

/** The sections of the report's first version, with `statements` as its only concerns. */
export function withConcerns(report: CourtReport, ...statements: Statement[]): ReportSection[] {
  return report.versions[0]!.sections.map((section) =>
    section.kind === 'concerns' ? { ...section, statements } : section,
  );
}

function session(date: string, overrides: Partial<EntryContent> = {}): EntryContent {
  const texts = {
    supervision: supervisionNote,
    private: privateReflection,
    reportable: `**Asistencia.** ${reportableNote}`,
  };
  return sessionWith(texts, { sessionDate: date, ...overrides });
}

export async function openReportJournal(): Promise<ReportJournal> {
  const routed = await openRoutedJournal();
  const { test } = routed;
  // Tests send requests the contract refuses on purpose, so the payload is left untyped here.
  const call = (method: MethodName, payload: unknown): Promise<unknown> => routed.call(method, payload as never);
  const created = await test.services.journal.createCase(createCaseRequest('Familia R.'));
  await test.services.journal.saveEntry({ caseId: created.id, entryId: 'e1', content: session('2025-03-05') });
  await test.services.journal.saveEntry({
    caseId: created.id,
    entryId: 'e2',
    content: session('2025-03-12', { modality: 'office' }),
  });
  const createReport = async (details: Partial<Omit<CreateReportRequest, 'caseId'>> = {}) =>
    (await call('createReport', {
      caseId: created.id,
      title: 'Audiencia',
      hearing: { kind: 'first' },
      language: 'es',
      ...details,
    })) as CourtReport;
  return { ...test, caseId: created.id, call, createReport };
}

/** Every file under the vault folder, with its bytes. */
export async function vaultFiles(directory: string): Promise<{ file: string; bytes: Buffer }[]> {
  const names = await readdir(directory, { recursive: true, withFileTypes: true });
  const files = names.filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name));
  return Promise.all(files.map(async (file) => ({ file, bytes: await readFile(file) })));
}

/** Every file under the vault folder but its lock, as base64, to prove nothing changed. */
export async function snapshot(directory: string): Promise<Record<string, string>> {
  const files = (await vaultFiles(directory)).filter(({ file }) => path.basename(file) !== 'vault.lock');
  return Object.fromEntries(files.map(({ file, bytes }) => [path.relative(directory, file), bytes.toString('base64')]));
}

/** The reports of a case in another vault folder, opened as the app opens it and locked again. */
export async function reportsIn(settingsDirectory: string, vaultDirectory: string, caseId: string) {
  const services = createTestServices({ settingsDirectory, vaultDirectory });
  try {
    await services.vault.unlock(passphrase);
    return await services.reports.listReports(caseId);
  } finally {
    await services.shutdown();
  }
}
