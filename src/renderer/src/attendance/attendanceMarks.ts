/**
 * A mark for each kind of session, so a missed or cancelled one is told apart by its shape and
 * its words, never by colour alone (the timeline, the record list and the case list use it).
 */
import type { AttendanceStatus } from '../../../shared/domain/taxonomy';

export const attendanceMarks: Record<AttendanceStatus, string> = {
  held: '●',
  'not-attended': '○',
  'cancelled-by-family': '⊘',
  'cancelled-by-programme': '⊖',
  rescheduled: '↷',
};
