/**
 * Planned sessions and what became of them. A session that did not happen is a fact the journal
 * must be able to hold: briefs and court reports say how many sessions were offered, attended,
 * missed and cancelled by whom, and missed sessions after a weak alliance are an early sign that
 * a family may drop out. A reflection is a session held; a record here is needed only for a
 * session that did not happen as planned, or one held with nothing written about it.
 */
import { z } from 'zod';
import { attendanceStatuses, sectionVisibilities, sessionFrequencies } from './taxonomy';
import { calendarDateSchema, idSchema, textSchema, timestampSchema } from './primitives';

/** Days between sessions, for a custom plan. */
export const customIntervalLimits = { least: 1, most: 365 } as const;

export const attendanceRecordShape = {
  id: idSchema,
  /** The day the session was planned for. */
  plannedOn: calendarDateSchema,
  status: z.enum(attendanceStatuses),
  /** For a rescheduled session: the day it was moved to, when known. */
  movedTo: calendarDateSchema.optional(),
  note: textSchema.optional(),
  /** Who may read the note: private unless the practitioner shares it, as for any text. */
  noteVisibility: z.enum(sectionVisibilities),
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
};

/** Only a rescheduled session has a new date. */
export function movedOnlyIfRescheduled(record: { movedTo?: string | undefined; status: string }): boolean {
  return record.movedTo === undefined || record.status === 'rescheduled';
}
export const movedOnlyIfRescheduledIssue = { error: 'only a rescheduled session has a new date', path: ['movedTo'] };

export const attendanceRecordSchema = z
  .strictObject(attendanceRecordShape)
  .refine(movedOnlyIfRescheduled, movedOnlyIfRescheduledIssue);

export type AttendanceRecord = z.infer<typeof attendanceRecordSchema>;

/** How often the case plans to meet. */
export const sessionPlanSchema = z
  .strictObject({
    frequency: z.enum(sessionFrequencies),
    /** Days between sessions, for `custom` only. */
    everyDays: z.number().int().min(customIntervalLimits.least).max(customIntervalLimits.most).optional(),
  })
  .refine((plan) => (plan.frequency === 'custom') === (plan.everyDays !== undefined), {
    error: 'a custom plan gives the days between sessions, and only a custom plan does',
    path: ['everyDays'],
  });

export type SessionPlan = z.infer<typeof sessionPlanSchema>;

/** Days between planned sessions. */
export function planInterval(plan: SessionPlan): number {
  switch (plan.frequency) {
    case 'weekly':
      return 7;
    case 'fortnightly':
      return 14;
    case 'monthly':
      return 30;
    case 'custom':
      return plan.everyDays ?? 7;
  }
}
