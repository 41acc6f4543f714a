/**
 * What the attendance form holds while it is typed, and the request it becomes. A new record gets
 * its id when the form opens, so saving twice (a double click) changes one record, not two.
 */
import type { AttendanceRecord } from '../../../shared/domain/attendance';
import type { AttendanceStatus, SectionVisibility } from '../../../shared/domain/taxonomy';
import type { RequestOf } from '../../../shared/ipc/contract';

export interface AttendanceDraft {
  attendanceId: string;
  plannedOn: string;
  status: AttendanceStatus;
  movedTo: string;
  note: string;
  noteVisibility: SectionVisibility;
}

/** A new record: a session planned for `today` that did not happen, its note private. */
export function newAttendanceDraft(attendanceId: string, today: string): AttendanceDraft {
  return { attendanceId, plannedOn: today, status: 'not-attended', movedTo: '', note: '', noteVisibility: 'private' };
}

/** A recorded session, to be corrected. */
export function attendanceDraftOf(record: AttendanceRecord): AttendanceDraft {
  return {
    attendanceId: record.id,
    plannedOn: record.plannedOn,
    status: record.status,
    movedTo: record.movedTo ?? '',
    note: record.note ?? '',
    noteVisibility: record.noteVisibility,
  };
}

export function attendanceRequest(caseId: string, draft: AttendanceDraft): RequestOf<'recordAttendance'> {
  const note = draft.note.trim();
  // Only a rescheduled session has a new date: one typed before the status changed is dropped.
  const movedTo = draft.status === 'rescheduled' && draft.movedTo !== '' ? draft.movedTo : undefined;
  return {
    caseId,
    attendanceId: draft.attendanceId,
    plannedOn: draft.plannedOn,
    status: draft.status,
    ...(movedTo === undefined ? {} : { movedTo }),
    ...(note === '' ? {} : { note }),
    noteVisibility: draft.noteVisibility,
  };
}
