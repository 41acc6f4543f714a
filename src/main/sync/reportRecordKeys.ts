/**
 * What a case's court-report file is made of in a synced vault: each report's own fields (title,
 * court, hearing), each of its versions and each caregiver comment, saved on its own. A version is
 * keyed by its report and number: two devices editing the same draft version apart, or both
 * making "version 3", save the same thing apart, a conflict the practitioner settles (conflicts.ts),
 * never a version silently lost.
 */
import { z } from 'zod';
import { idSchema } from '../../shared/domain/primitives';
import { caregiverCommentSchema, courtReportSchema, reportVersionSchema } from '../../shared/domain/report/report';
import { recordKeyMaker, revisionSchemaFor, type RecordKind } from './recordKinds';

/** A report without its versions and comments, which are saved on their own. */
export const reportHeadSchema = courtReportSchema.omit({ versions: true, comments: true });
export type ReportHead = z.infer<typeof reportHeadSchema>;

/** A version, and the report it belongs to. */
export const reportVersionValueSchema = z.strictObject({ reportId: idSchema, version: reportVersionSchema });
export type ReportVersionValue = z.infer<typeof reportVersionValueSchema>;

/** A caregiver's comment, and the report it is about. */
export const reportCommentValueSchema = z.strictObject({ reportId: idSchema, comment: caregiverCommentSchema });
export type ReportCommentValue = z.infer<typeof reportCommentValueSchema>;

const kinds = {
  report: { schema: reportHeadSchema, idOf: (head: { id: string }) => head.id, removable: false },
  reportVersion: {
    schema: reportVersionValueSchema,
    idOf: (value: { reportId: string; version: { number: number } }) => `${value.reportId}.${value.version.number}`,
    removable: false,
  },
  comment: {
    schema: reportCommentValueSchema,
    idOf: (value: { comment: { id: string } }) => value.comment.id,
    removable: false,
  },
} satisfies Record<string, RecordKind>;

/** The record key of one thing in the court-report file, from its value. */
export const reportRecordKey = recordKeyMaker(kinds);

/** A revision of a case's court-report file as stored, checked whole (recordKinds.ts). */
export const reportsRevisionSchema = revisionSchemaFor('a court-report file', kinds);
