import path from 'node:path';
import { verifyVault } from '../../main/vault/verifyVault';
import type { CommandContext } from '../context';
import type { CommandResult } from '../output';
import { withSession } from '../session';

/** Decrypts and checks every file; each bad one is reported by path, and the exit code says so. */
export async function verify(context: CommandContext): Promise<CommandResult> {
  const report = await withSession(context, (session) => verifyVault(session));
  const problems = report.problems.map((problem) => ({
    ...problem,
    path: path.join(context.vaultDirectory, problem.path),
  }));
  return {
    exitCode: problems.length === 0 ? 0 : 1,
    json: { checked: report.checked, problems },
    lines: [
      `Checked ${report.checked} encrypted files in ${context.vaultDirectory}.`,
      ...(problems.length === 0
        ? ['Every file decrypted and passed its integrity check.']
        : problems.map((problem) => `BAD ${problem.path}: ${problem.message} (${problem.code})`)),
    ],
  };
}
