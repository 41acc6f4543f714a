/**
 * The coming hearings of every case that is not archived, read from each case's report file.
 * A case whose report file cannot be read is left out of the list rather than hiding the others;
 * opening that case shows its own error.
 */
import { hearingAgenda, type HearingAgendaItem } from '../../shared/domain/report/hearingAgenda';
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
  const { session, store } = options.open();
  const file = reportFileOf(session);
  const cases = (await store.listCases()).filter((summary) => summary.status !== 'archived');
  const read = await Promise.all(
    cases.map(async (summary) => {
      try {
        return [{ caseId: summary.id, caseAlias: summary.alias, reports: (await file.read(summary.id)).reports }];
      } catch (error) {
        if (!(error instanceof AppError) || error.code === 'locked') throw error;
        return [];
      }
    }),
  );
  return hearingAgenda(read.flat(), localDate(options.now()), await options.holidays?.());
}
