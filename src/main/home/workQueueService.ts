/**
 * Home's work queue in one call: the case list, one pass over the open cases (their warnings,
 * agreed actions and session dates, each case decrypted again only once its file moved), one
 * read of each report file, and the drafts folder. Every list of Home comes from this answer.
 */
import { hearingAgenda } from '../../shared/domain/report/hearingAgenda';
import type { PublicHolidays } from '../../shared/domain/report/workingDays';
import type { WarningThresholds } from '../../shared/alliance/thresholds';
import { workQueue, type OpenCaseFacts, type WorkQueue } from '../../shared/home/workQueue';
import { localDay } from '../../shared/domain/localDay';
import { listDrafts } from '../journal/drafts';
import { openCaseFacts } from '../journal/openCaseFacts';
import type { OpenJournal } from '../journal/openJournal';
import { reportsOfCases } from '../reports/hearingAgenda';

export interface WorkQueueOptions {
  open: () => OpenJournal;
  now: () => Date;
  thresholds: () => Promise<WarningThresholds>;
  holidays: () => Promise<PublicHolidays>;
  /** Days an open case may go without a reflection (the setting in force). */
  reflectionIntervalDays: () => Promise<number>;
}

export function createWorkQueueService(options: WorkQueueOptions): { workQueue(): Promise<WorkQueue> } {
  return {
    async workQueue() {
      const journal = options.open();
      const cases = await journal.store.listCases();
      const facts = await openCaseFacts(journal.store, await options.thresholds());
      const reports = await reportsOfCases(journal, cases);
      const { drafts } = await listDrafts(journal.session);
      const today = localDay(options.now());
      return workQueue({
        cases,
        openCases: new Map<string, OpenCaseFacts>(facts.map(({ summary, result }) => [summary.id, result])),
        reports: new Map(reports.map((item) => [item.caseId, item.reports])),
        drafts,
        hearings: hearingAgenda(reports, today, await options.holidays()),
        today,
        reflectionIntervalDays: await options.reflectionIntervalDays(),
      });
    },
  };
}
