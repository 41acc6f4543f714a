/**
 * What the warning engine reads from a case: per entry only its date, ratings, tensions and
 * strategies; the parties with their roles; and the attendance of planned sessions, which the
 * storage side will record (until then a case simply has none).
 */
import { z } from 'zod';
import type { Entry } from '../domain/entry';
import type { Party } from '../domain/party';
import { calendarDateSchema, idSchema } from '../domain/primitives';
import type { StrategyUse, Tension } from '../domain/reflexivity';
import { attendanceStatuses, sessionFrequencies } from '../domain/taxonomy';

export type AllianceEntry = Pick<Entry, 'id' | 'sessionDate' | 'createdAt' | 'ratings'> & {
  tensions: readonly Pick<Tension, 'indicators' | 'rupture' | 'repairSteps'>[];
  strategies: readonly Pick<StrategyUse, 'strategy'>[];
};

/** What became of one planned session. */
export const attendanceRecordSchema = z.strictObject({
  id: idSchema,
  date: calendarDateSchema,
  status: z.enum(attendanceStatuses),
  plannedFrequency: z.enum(sessionFrequencies).optional(),
});

export type AttendanceRecord = z.infer<typeof attendanceRecordSchema>;

export interface WarningInput {
  /** In any order: the engine sorts them by session date, then by when they were written. */
  entries: readonly AllianceEntry[];
  parties: readonly Pick<Party, 'id' | 'role'>[];
  /** In any order; absent when the case has no attendance records yet. */
  attendance?: readonly AttendanceRecord[];
}
