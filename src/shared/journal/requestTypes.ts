/** The parsed request and response types of the journal channels, named once for the services. */
import type { z } from 'zod';
import type {
  changePhaseRequestSchema,
  createCaseRequestSchema,
  recordAttendanceRequestSchema,
  restoreBackupRequestSchema,
  restoreBackupResponseSchema,
  saveDraftRequestSchema,
  saveEntryRequestSchema,
  searchHitSchema,
  searchRequestSchema,
  searchRecords,
  searchResponseSchema,
  setCaseStatusRequestSchema,
  updateCaseRequestSchema,
} from './requests';

export type CreateCaseRequest = z.output<typeof createCaseRequestSchema>;
export type UpdateCaseRequest = z.output<typeof updateCaseRequestSchema>;
export type ChangePhaseRequest = z.output<typeof changePhaseRequestSchema>;
export type RecordAttendanceRequest = z.output<typeof recordAttendanceRequestSchema>;
export type SetCaseStatusRequest = z.output<typeof setCaseStatusRequestSchema>;
export type SaveEntryRequest = z.output<typeof saveEntryRequestSchema>;
export type SaveDraftRequest = z.output<typeof saveDraftRequestSchema>;
export type SearchRequest = z.output<typeof searchRequestSchema>;
export type SearchHit = z.output<typeof searchHitSchema>;
export type SearchRecord = (typeof searchRecords)[number];
export type SearchResponse = z.output<typeof searchResponseSchema>;
export type RestoreBackupRequest = z.output<typeof restoreBackupRequestSchema>;
export type RestoreBackupResponse = z.output<typeof restoreBackupResponseSchema>;
