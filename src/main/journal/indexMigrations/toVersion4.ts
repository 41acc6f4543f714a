/**
 * Case list format 3 → 4 (and the one-value formats 1 and 2 before it). Format 4 adds to each
 * case's line its newest attendance records (`recentAttendance`), so the case list can say
 * "3 of 4 in the last 30 days" without opening a case. An older line cannot say, so each one is
 * completed from its case file, read through `attendanceOf`; a line that already has them (a case
 * saved by this version on an older list) is kept. A case file that cannot be read now gets no
 * records rather than keeping the journal closed: its next save corrects its line, and verify
 * names the file.
 */
import type { AttendanceRecord } from '../../../shared/domain/attendance';
import { recentAttendanceOf, type CaseSummary, type EarlierCaseSummary } from '../../../shared/journal/caseSummary';

export type AttendanceReader = (caseId: string) => Promise<readonly AttendanceRecord[] | undefined>;

/** Whether a line is already of format 4. */
export function hasAttendance(line: EarlierCaseSummary): line is CaseSummary {
  return 'recentAttendance' in line;
}

export async function indexToVersion4(
  lines: readonly EarlierCaseSummary[],
  attendanceOf: AttendanceReader,
): Promise<CaseSummary[]> {
  const completed: CaseSummary[] = [];
  for (const line of lines) {
    if (hasAttendance(line)) {
      completed.push(line);
      continue;
    }
    const attendance = await attendanceOf(line.id).catch(() => undefined);
    completed.push({ ...line, recentAttendance: recentAttendanceOf({ attendance: [...(attendance ?? [])] }) });
  }
  return completed;
}
