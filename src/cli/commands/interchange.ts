import path from 'node:path';
import { toInterchange } from '../../shared/domain';
import { importCases, readImportFile } from '../../main/journal/importCases';
import { interchangeJson } from '../../main/journal/interchangeJson';
import { createJournalStore } from '../../main/journal/journalStore';
import { withProgress } from '../../main/progress/progressReporter';
import { reportFileOf } from '../../main/reports/reportFile';
import { writeFileDurably } from '../../main/vault/durableFile';
import { outputPath, requirePositional, type CommandContext } from '../context';
import type { CommandResult } from '../output';
import { withSession } from '../session';

/**
 * Imports a JSON interchange file, all or nothing: the whole file is checked before anything is
 * written, and a malformed file changes nothing and says where it is malformed.
 */
export async function importJournal(context: CommandContext): Promise<CommandResult> {
  const file = path.resolve(requirePositional(context, 0, 'The file to import'));
  // Checked before the passphrase is asked: a malformed file needs no unlocking to be refused.
  const imported = await readImportFile(file, context.now);
  const { cases, entries, courtReports } = await withSession(context, (session) =>
    importCases(session, imported, context.onProgress),
  );
  return {
    json: { imported: { cases, entries, courtReports } },
    lines: [`Imported ${cases} cases with ${entries} reflections and ${courtReports} court reports from ${file}`],
  };
}

/** Writes every case as plain JSON: the one export that is not encrypted, and it says so. */
export async function exportJournal(context: CommandContext): Promise<CommandResult> {
  const out = await outputPath(context);
  const { cases, reports } = await withSession(context, async (session) => {
    const store = createJournalStore(session);
    const file = reportFileOf(session);
    const summaries = await store.listCases();
    // Reading every case is the slow part: counted case by case, in the index's order.
    const read = await withProgress(context.onProgress, 'export', 'cases', summaries.length, (progress) =>
      Promise.all(
        summaries.map(async ({ id }) => {
          const [journalCase, caseReports] = await Promise.all([store.readCase(id), file.read(id)]);
          await progress.advance();
          return { journalCase, reports: caseReports.reports };
        }),
      ),
    );
    return {
      cases: read.map((each) => each.journalCase),
      reports: new Map(read.map((each) => [each.journalCase.id, each.reports] as const)),
    };
  });
  const warning = `${out} is NOT encrypted: it holds every case in plain text. Keep it as carefully as a paper case file and delete it when done.`;
  context.stderr.write(`warning: ${warning}\n`);
  const document = toInterchange(cases, (caseId) => reports.get(caseId) ?? []);
  await writeFileDurably(out, interchangeJson(document));
  return {
    json: { out, cases: cases.length, warning },
    lines: [`Exported ${cases.length} cases to ${out}`],
  };
}
