/**
 * Sessions held, missed and cancelled, counted from the reflections (each one a session held) and
 * the attendance records, for the brief, the case list and the court report's facts. A rescheduled
 * session is counted apart: its new date is a session of its own when it happens.
 */
import type { AttendanceRecord } from '../domain/attendance';
import type { PhaseChange } from '../domain/case';
import type { AttendanceStatus, Phase } from '../domain/taxonomy';

export interface AttendanceCounts {
  held: number;
  notAttended: number;
  cancelledByFamily: number;
  cancelledByProgramme: number;
  rescheduled: number;
}

const field: Record<AttendanceStatus, keyof AttendanceCounts> = {
  held: 'held',
  'not-attended': 'notAttended',
  'cancelled-by-family': 'cancelledByFamily',
  'cancelled-by-programme': 'cancelledByProgramme',
  rescheduled: 'rescheduled',
};

export function noAttendance(): AttendanceCounts {
  return { held: 0, notAttended: 0, cancelledByFamily: 0, cancelledByProgramme: 0, rescheduled: 0 };
}

/** `counts` with one more session of `status`. */
export function countedWith(counts: AttendanceCounts, status: AttendanceStatus): AttendanceCounts {
  const key = field[status];
  return { ...counts, [key]: counts[key] + 1 };
}

/** The counts of `records`, with `reflections` sessions held besides them. */
export function countAttendance(records: readonly AttendanceRecord[], reflections: number): AttendanceCounts {
  return records.reduce((counts, record) => countedWith(counts, record.status), {
    ...noAttendance(),
    held: reflections,
  });
}

/** Sessions offered to the family: held, missed or cancelled (a rescheduled one is offered again later). */
export function sessionsOffered(counts: AttendanceCounts): number {
  return counts.held + counts.notAttended + counts.cancelledByFamily + counts.cancelledByProgramme;
}

/** The case's phase on `date`: the last change on or before it, else the first phase the case had. */
export function phaseOn(history: readonly PhaseChange[], current: Phase, date: string): Phase {
  let phase = history[0]?.phase ?? current;
  for (const change of history) if (change.changedAt <= date) phase = change.phase;
  return phase;
}
