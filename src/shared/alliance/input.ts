/**
 * What the warning engine reads from a case: per entry only its date, ratings, tensions and
 * strategies; the parties with their roles; and the attendance of planned sessions (a case that
 * records none simply has none).
 */
import type { AttendanceRecord as StoredAttendanceRecord } from '../domain/attendance';
import type { Entry } from '../domain/entry';
import type { Party } from '../domain/party';
import type { StrategyUse, Tension } from '../domain/reflexivity';

export type AllianceEntry = Pick<Entry, 'id' | 'sessionDate' | 'createdAt' | 'ratings'> & {
  tensions: readonly Pick<Tension, 'indicators' | 'rupture' | 'repairSteps'>[];
  strategies: readonly Pick<StrategyUse, 'strategy'>[];
};

/** What became of one planned session, as the case stores it. */
export type AttendanceRecord = Pick<StoredAttendanceRecord, 'id' | 'plannedOn' | 'status'>;

export interface WarningInput {
  /** In any order: the engine sorts them by session date, then by when they were written. */
  entries: readonly AllianceEntry[];
  parties: readonly Pick<Party, 'id' | 'role'>[];
  /** In any order; absent when the case has no attendance records yet. */
  attendance?: readonly AttendanceRecord[];
}
