import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fromInterchange, parseInterchangeText, toInterchange } from '../../shared/domain';
import { AppError } from '../../shared/ipc/result';
import { createJournalStore } from '../../main/journal/journalStore';
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
  const text = await readFile(file, 'utf8').catch((error: unknown) => {
    throw new AppError('io-failure', 'Alianza could not read the file to import.', { file, cause: error });
  });
  const parsed = parseInterchangeText(text);
  if (!parsed.ok) {
    const shown = parsed.errors.slice(0, 20).map((error) => `${error.path || '(file)'}: ${error.message}`);
    const more = parsed.errors.length > shown.length ? `\n… and ${parsed.errors.length - shown.length} more` : '';
    throw new AppError(
      'invalid-request',
      `The file is not a valid Alianza journal; nothing was imported.\n${shown.join('\n')}${more}`,
      {
        file,
      },
    );
  }
  const now = context.now;
  const cases = fromInterchange(parsed.value, { now: () => now().toISOString(), newId: randomUUID });
  await withSession(context, (session) => createJournalStore(session).addCases(cases));
  const entries = cases.reduce((sum, journalCase) => sum + journalCase.entries.length, 0);
  return {
    json: { imported: { cases: cases.length, entries } },
    lines: [`Imported ${cases.length} cases with ${entries} reflections from ${file}`],
  };
}

/** Writes every case as plain JSON: the one export that is not encrypted, and it says so. */
export async function exportJournal(context: CommandContext): Promise<CommandResult> {
  const out = await outputPath(context);
  const cases = await withSession(context, (session) => createJournalStore(session).readAllCases());
  const warning = `${out} is NOT encrypted: it holds every case in plain text. Keep it as carefully as a paper case file and delete it when done.`;
  context.stderr.write(`warning: ${warning}\n`);
  await writeFileDurably(out, `${JSON.stringify(toInterchange(cases), null, 2)}\n`);
  return {
    json: { out, cases: cases.length, warning },
    lines: [`Exported ${cases.length} cases to ${out}`],
  };
}
