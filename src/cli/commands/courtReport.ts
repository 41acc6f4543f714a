/**
 * `alianza court-report`: the caregiver's review copy or the final report of one court report,
 * written where --out says, recorded in the case's export log and kept with the version it came
 * from, exactly as the app's export does.
 */
import { exportReportRequestSchema, type ExportReportRequest } from '../../shared/reports/requests';
import type { CourtReport } from '../../shared/domain/report/report';
import { languageForLocale } from '../../shared/settings/settings';
import { defaultHolidayChoice, holidayChoiceOfId } from '../../shared/calendar/holidayChoice';
import { publicHolidays } from '../../shared/calendar/publicHolidays';
import { AppError } from '../../shared/ipc/result';
import { checkExportPath } from '../../main/exports/exportPath';
import { createExportService } from '../../main/exports/exportService';
import { createJournalStore } from '../../main/journal/journalStore';
import { reportFileOf } from '../../main/reports/reportFile';
import type { VaultSession } from '../../main/vault/vaultSession';
import { exportNoticeLines } from './exportNotices';
import { outputPath, requireOption, usageError, type CommandContext } from '../context';
import type { CommandResult } from '../output';
import { withSession } from '../session';
import { findCase } from './brief';

/** The report named by its id or its title (any letter case); without a name, the newest. */
async function findReport(session: VaultSession, caseId: string, wanted: string | undefined): Promise<CourtReport> {
  const { reports } = await reportFileOf(session).read(caseId);
  if (wanted === undefined) {
    const newest = [...reports].sort((a, b) => a.createdAt.localeCompare(b.createdAt)).at(-1);
    if (newest === undefined) throw new AppError('report-not-found', 'This case has no court report yet.');
    return newest;
  }
  const key = wanted.trim().toLocaleLowerCase();
  const found =
    reports.find((report) => report.id === wanted) ??
    reports.find((report) => report.title.trim().toLocaleLowerCase() === key);
  if (found === undefined) throw new AppError('report-not-found', `This case has no court report "${wanted}".`);
  return found;
}

/** The request from the options, checked by the same schema as the app's channel. */
function reportRequest(context: CommandContext, caseId: string, reportId: string): ExportReportRequest {
  const option = (name: string) => {
    const value = context.options[name];
    return typeof value === 'string' ? value : undefined;
  };
  const version = option('version');
  const parsed = exportReportRequestSchema.safeParse({
    caseId,
    reportId,
    ...(version === undefined ? {} : { version: /^\d+$/.test(version) ? Number(version) : version }),
    kind: requireOption(context, 'kind'),
    format: requireOption(context, 'format'),
    language: option('language') ?? languageForLocale(Intl.DateTimeFormat().resolvedOptions().locale),
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw usageError(`--${String(issue?.path[0] ?? 'options')}: ${issue?.message ?? 'not valid'}.`);
  }
  return parsed.data;
}

/**
 * The public holidays the review copy's comment deadline skips: --holidays CL, CL-AP or none;
 * without it, the app's default for the document's language (Chile for Spanish).
 */
function holidaysOf(context: CommandContext, language: string) {
  const wanted = context.options['holidays'];
  if (wanted === undefined) return publicHolidays(defaultHolidayChoice(language), language);
  if (typeof wanted !== 'string' || (wanted !== 'none' && holidayChoiceOfId(wanted) === 'none')) {
    throw usageError('--holidays: a country code such as CL, a country and region such as CL-AP, or none.');
  }
  return publicHolidays(holidayChoiceOfId(wanted), language);
}

/** Writes one document to --out, logs it and keeps it with its version. */
export async function courtReport(context: CommandContext): Promise<CommandResult> {
  const wantedCase = requireOption(context, 'case');
  const wantedReport = context.options['report'];
  // Every option is checked before the passphrase is asked for; the ids come after unlocking.
  const checked = reportRequest(context, 'case', 'report');
  const holidays = holidaysOf(context, checked.language);
  const out = await checkExportPath(await outputPath(context), checked.format, context.vaultDirectory);
  const { saved, version, report } = await withSession(context, async (session) => {
    const journal = { session, store: createJournalStore(session) };
    const exports = createExportService({ open: () => journal, now: context.now, holidays: async () => holidays });
    const caseId = await findCase(journal.store, wantedCase);
    const report = await findReport(session, caseId, typeof wantedReport === 'string' ? wantedReport : undefined);
    return { ...(await exports.saveReport({ ...checked, caseId, reportId: report.id }, out)), report };
  });
  const what = checked.kind === 'review' ? 'the caregiver’s review copy' : 'the final report';
  return {
    json: {
      out: saved.path,
      sha256: saved.sha256,
      bytes: saved.bytes,
      report: { id: report.id, title: report.title },
      version,
      record: saved.record,
    },
    notices: exportNoticeLines(saved),
    lines: [
      `Wrote ${what} of "${report.title}", version ${version} (${saved.record.format.toUpperCase()}, ${saved.bytes} bytes) to ${saved.path}`,
      `SHA-256 ${saved.sha256}`,
      'It is not encrypted and names the family: keep it as carefully as any case paper.',
    ],
  };
}
