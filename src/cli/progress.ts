/**
 * The progress line on a terminal: one line on stderr, rewritten in place and cleared when the
 * task finishes, so the result lines print cleanly. Only on a terminal and never with --json:
 * scripts and CI read stdout and stderr. Counts only, never a case's alias or text.
 */
import type { Writable } from 'node:stream';
import type { Progress, ProgressListener, ProgressTask, ProgressUnit } from '../shared/progress/progress';

/** Back to the start of the line, then clear to its end. */
const startOfLine = '\r';
const clearToEnd = '\x1b[K';

const doing: Record<ProgressTask, string> = {
  import: 'Importing',
  backup: 'Backing up',
  restore: 'Restoring',
  verify: 'Verifying',
  'search-index': 'Indexing',
  export: 'Exporting',
  rotate: 'Re-encrypting',
};

const one: Record<ProgressUnit, string> = { files: 'file', cases: 'case', steps: 'step' };

/** "Verifying… 120/480 files (25 %)"; the percentage never says 100 before the last one is done. */
export function progressLine(progress: Progress): string {
  const { task, unit, done, total } = progress;
  const counted = `${done}/${total} ${total === 1 ? one[unit] : unit}`;
  const percent = total === 0 ? '' : ` (${Math.floor((Math.min(done, total) * 100) / total)} %)`;
  return `${doing[task]}… ${counted}${percent}`;
}

export interface TerminalProgress {
  listener: ProgressListener;
  /** Clears a line still shown (a task that ended without its last message) before other output. */
  clear(): void;
}

/** Prints progress on `stream`, which the caller has checked is a terminal. */
export function terminalProgress(stream: Writable): TerminalProgress {
  let shown: string | undefined;

  function clear(): void {
    if (shown === undefined) return;
    shown = undefined;
    stream.write(`${startOfLine}${clearToEnd}`);
  }

  return {
    listener: (progress) => {
      if (progress.finished) {
        clear();
        return;
      }
      const line = progressLine(progress);
      if (line === shown) return;
      shown = line;
      stream.write(`${startOfLine}${line}${clearToEnd}`);
    },
    clear,
  };
}
