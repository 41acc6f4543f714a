/**
 * The brief's attendance table: per phase and for the whole period, sessions held (the
 * reflections, and sessions recorded as held without one), not attended, cancelled by whom and
 * rescheduled. Counts only: the notes of the records stay in the journal. Undefined when the
 * period has no attendance record, so a case that does not record attendance shows no table of
 * zeros that would read as "no session was ever missed".
 */
import type { CaseWithEntries } from '../../domain/case';
import { phases as phaseOrder, type Phase } from '../../domain/taxonomy';
import { countedWith, noAttendance, phaseOn, type AttendanceCounts } from '../../journal/attendanceCounts';
import type { BriefChoices } from './buildBrief';

export type AttendanceRow = AttendanceCounts & { phase?: Phase };

export function attendanceSection(
  journalCase: CaseWithEntries,
  entries: readonly { phase: Phase }[],
  choices: BriefChoices,
  to: string,
): AttendanceRow[] | undefined {
  const wanted = choices.phases === undefined || choices.phases.length === 0 ? undefined : new Set(choices.phases);
  const records = (journalCase.attendance ?? [])
    .filter((record) => (choices.from === undefined || record.plannedOn >= choices.from) && record.plannedOn <= to)
    .map((record) => ({ record, phase: phaseOn(journalCase.phaseHistory, journalCase.phase, record.plannedOn) }))
    .filter(({ phase }) => wanted === undefined || wanted.has(phase));
  if (records.length === 0) return undefined;
  const byPhase = new Map<Phase, AttendanceCounts>();
  const add = (phase: Phase, change: (counts: AttendanceCounts) => AttendanceCounts) =>
    byPhase.set(phase, change(byPhase.get(phase) ?? noAttendance()));
  for (const entry of entries) add(entry.phase, (counts) => countedWith(counts, 'held'));
  for (const { record, phase } of records) add(phase, (counts) => countedWith(counts, record.status));
  const rows: AttendanceRow[] = phaseOrder.flatMap((phase) => {
    const counts = byPhase.get(phase);
    return counts === undefined ? [] : [{ phase, ...counts }];
  });
  const total = rows.reduce<AttendanceCounts>(
    (sum, row) => ({
      held: sum.held + row.held,
      notAttended: sum.notAttended + row.notAttended,
      cancelledByFamily: sum.cancelledByFamily + row.cancelledByFamily,
      cancelledByProgramme: sum.cancelledByProgramme + row.cancelledByProgramme,
      rescheduled: sum.rescheduled + row.rescheduled,
    }),
    noAttendance(),
  );
  return [...rows, total];
}
