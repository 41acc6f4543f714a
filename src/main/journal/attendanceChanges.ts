/**
 * What recording a planned session's fate does to a case, as a pure function of the case, the
 * request and the time. A record is named by its id: the same id again changes it (a session
 * first marked "not attended" that the family had in fact cancelled), keeping when it was made.
 */
import type { AttendanceRecord } from '../../shared/domain/attendance';
import type { CaseWithEntries } from '../../shared/domain/case';
import { AppError } from '../../shared/ipc/result';
import type { RecordAttendanceRequest } from '../../shared/journal/requestTypes';

export function withAttendance(current: CaseWithEntries, request: RecordAttendanceRequest, now: Date): CaseWithEntries {
  if (request.plannedOn < current.openedAt) {
    throw new AppError(
      'invalid-request',
      `A planned session cannot be dated (${request.plannedOn}) before the case opened (${current.openedAt}).`,
    );
  }
  if (request.movedTo !== undefined && request.movedTo < request.plannedOn) {
    throw new AppError('invalid-request', 'A session can only be moved to a later day than the one planned.');
  }
  const timestamp = now.toISOString();
  const records = current.attendance ?? [];
  const previous = records.find((record) => record.id === request.attendanceId);
  const record: AttendanceRecord = {
    id: request.attendanceId,
    plannedOn: request.plannedOn,
    status: request.status,
    ...(request.movedTo === undefined ? {} : { movedTo: request.movedTo }),
    ...(request.note === undefined || request.note.trim() === '' ? {} : { note: request.note }),
    noteVisibility: request.noteVisibility,
    createdAt: previous?.createdAt ?? timestamp,
    updatedAt: timestamp,
  };
  const others = records.filter((existing) => existing.id !== request.attendanceId);
  // Oldest first by the day planned; of one day, in the order recorded.
  const attendance = [...others, record].sort(
    (first, second) =>
      first.plannedOn.localeCompare(second.plannedOn) || first.createdAt.localeCompare(second.createdAt),
  );
  return { ...current, attendance, updatedAt: timestamp };
}
