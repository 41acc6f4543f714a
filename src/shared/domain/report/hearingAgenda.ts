/**
 * The coming hearings across every case: what a practitioner with thirty open cases needs to see
 * first thing — which report goes to court next, and whether the caregiver has the review copy in
 * time, counted with the practitioner's public holidays. Reports already submitted, and hearings already past, are left out.
 */
import { z } from 'zod';
import { calendarDateSchema, idSchema } from '../primitives';
import type { CourtReport } from './report';
import { hearingKinds, reportStatuses } from './reportTaxonomy';
import { reviewWindowNotice, reviewedVersion } from './reviewWindow';
import { newestVersion } from './versions';
import { weekendsOnly, type PublicHolidays } from './workingDays';

/** What to do next about one report, in the order the review loop goes. */
export const agendaSteps = ['set-hearing-date', 'share-by', 'share-late', 'shared', 'shared-late', 'final'] as const;

export const hearingAgendaItemSchema = z.strictObject({
  caseId: idSchema,
  caseAlias: z.string(),
  reportId: idSchema,
  title: z.string(),
  hearingKind: z.enum(hearingKinds),
  hearingDate: calendarDateSchema.optional(),
  status: z.enum(reportStatuses),
  step: z.enum(agendaSteps),
  /** `share-by`: the last working day to share the review copy. */
  shareBy: calendarDateSchema.optional(),
  /** `shared`, `shared-late`: when the caregiver was given it. */
  sharedOn: calendarDateSchema.optional(),
  /** `share-late`, `shared-late`: the working days the caregiver has (had) before the hearing. */
  workingDays: z.int().nonnegative().optional(),
  /** The window the practitioner set. */
  reviewWorkingDays: z.int().nonnegative(),
});
export type HearingAgendaItem = z.infer<typeof hearingAgendaItemSchema>;
export const hearingAgendaSchema = z.array(hearingAgendaItemSchema);

export interface CaseReportsForAgenda {
  caseId: string;
  caseAlias: string;
  reports: readonly CourtReport[];
}

/** One line per report still to go to court; soonest hearing first, reports without a date last. */
export function hearingAgenda(
  cases: readonly CaseReportsForAgenda[],
  today: string,
  holidays: PublicHolidays = weekendsOnly,
): HearingAgendaItem[] {
  const items = cases.flatMap(({ caseId, caseAlias, reports }) =>
    reports.flatMap((report) => {
      const item = nextStepOf(report, today, holidays);
      return item === undefined ? [] : [{ caseId, caseAlias, ...item }];
    }),
  );
  return items.sort(
    (a, b) =>
      (a.hearingDate ?? '9999-12-31').localeCompare(b.hearingDate ?? '9999-12-31') ||
      a.caseAlias.localeCompare(b.caseAlias),
  );
}

/**
 * What to do next about one report, as Home lists it and the report screen shows it; none once
 * it is submitted or its hearing is past.
 */
export function nextStepOf(
  report: CourtReport,
  today: string,
  holidays: PublicHolidays,
): Omit<HearingAgendaItem, 'caseId' | 'caseAlias'> | undefined {
  const { status } = newestVersion(report);
  const hearingDate = report.hearing.date;
  if (status === 'submitted' || (hearingDate !== undefined && hearingDate < today)) return undefined;
  const common = {
    reportId: report.id,
    title: report.title,
    hearingKind: report.hearing.kind,
    ...(hearingDate === undefined ? {} : { hearingDate }),
    status,
    reviewWorkingDays: report.reviewWorkingDays,
  };
  if (status === 'final') return { ...common, step: 'final' };
  const notice = reviewWindowNotice(report, today, holidays);
  const sharedOn = reviewedVersion(report)?.sharedWith?.date;
  switch (notice.kind) {
    case 'no-hearing-date':
      return { ...common, step: 'set-hearing-date', ...(sharedOn === undefined ? {} : { sharedOn }) };
    case 'share-by':
      return { ...common, step: 'share-by', shareBy: notice.date };
    case 'too-late':
      return { ...common, step: 'share-late', workingDays: notice.days };
    case 'short':
      return {
        ...common,
        step: 'shared-late',
        workingDays: notice.days,
        ...(sharedOn === undefined ? {} : { sharedOn }),
      };
    case 'met':
      return { ...common, step: 'shared', ...(sharedOn === undefined ? {} : { sharedOn }) };
  }
}
