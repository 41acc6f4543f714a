import path from 'node:path';
import { verifyJournal } from '../../main/journal/journalCheck';
import { progressOf, type CommandContext } from '../context';
import type { CommandResult } from '../output';
import { withSession } from '../session';

/**
 * Decrypts and checks every file, and holds the case list against the files on disk; each bad,
 * missing or orphaned file is reported by path, and the exit code says so.
 */
export async function verify(context: CommandContext): Promise<CommandResult> {
  const report = await withSession(context, (session) => verifyJournal(session, progressOf(context)));
  const problems = report.problems.map((problem) => ({
    ...problem,
    path: path.join(context.vaultDirectory, problem.path),
  }));
  return {
    exitCode: problems.length === 0 ? 0 : 1,
    json: { checked: report.checked, problems, ...(report.notes === undefined ? {} : { notes: report.notes }) },
    lines: [
      `Checked ${report.checked} encrypted files in ${context.vaultDirectory}.`,
      ...(problems.length === 0
        ? ['Every file decrypted and passed its integrity check, and the case list matches the files.']
        : problems.map((problem) => `${label[problem.kind]} ${problem.path}: ${problem.message} (${problem.code})`)),
      ...(report.notes ?? []).map((note) => `NOTE ${note}`),
    ],
  };
}

const label = { current: 'BAD', backup: 'BAD', unknown: 'BAD', missing: 'MISSING', orphaned: 'ORPHANED' } as const;
