/**
 * The coming hearings of every case that is not archived, read from each case's report file.
 * A case whose report file cannot be read is left out of the list rather than hiding the others;
 * opening that case shows its own error.
 */
import {
  hearingAgenda,
  type CaseReportsForAgenda,
  type HearingAgendaItem,
} from '../../shared/domain/report/hearingAgenda';
import type { CaseSummary } from '../../shared/journal/caseSummary';
import { AppError } from '../../shared/ipc/result';
import { localDate } from '../exports/exportService';
import type { OpenJournal } from '../journal/openJournal';
import { reportFileOf } from './reportFile';
import type { PublicHolidays } from '../../shared/domain/report/workingDays';

export interface HearingAgendaOptions {
  open: () => OpenJournal;
  now: () => Date;
  /** The practitioner's public holidays; weekends only without. */
  holidays?: () => Promise<PublicHolidays>;
}

export async function listHearings(options: HearingAgendaOptions): Promise<HearingAgendaItem[]> {
  const journal = options.open();
  const read = await reportsOfCases(journal, await journal.store.listCases());
  return hearingAgenda(read, localDate(options.now()), await options.holidays?.());
}

/**
 * The court reports of each of these cases that is not archived, in their order; a case whose
 * report file cannot be read is left out (the hearings list and the work queue read them so).
 */
export async function reportsOfCases(
  { session }: Pick<OpenJournal, 'session'>,
  cases: readonly CaseSummary[],
): Promise<CaseReportsForAgenda[]> {
  const file = reportFileOf(session);
  const read = await Promise.all(
    cases
      .filter((summary) => summary.status !== 'archived')
      .map(async (summary) => {
        try {
          return [{ caseId: summary.id, caseAlias: summary.alias, reports: (await file.read(summary.id)).reports }];
        } catch (error) {
          if (!(error instanceof AppError) || error.code === 'locked') throw error;
          return [];
        }
      }),
  );
  return read.flat();
}
