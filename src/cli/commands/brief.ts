/**
 * `alianza brief`: a de-identified supervision brief of one case, written where --out says and
 * recorded in the case's export log. Without the app's preview, the words that could still be
 * names are printed as warnings, so nothing leaves unread.
 */
import { exportBriefRequestSchema, type ExportBriefRequest } from '../../shared/exports/requests';
import { languageForLocale } from '../../shared/settings/settings';
import { AppError } from '../../shared/ipc/result';
import { checkExportPath } from '../../main/exports/exportPath';
import { createExportService } from '../../main/exports/exportService';
import { createJournalStore, type JournalStore } from '../../main/journal/journalStore';
import { exportNoticeLines } from './exportNotices';
import { outputPath, requireOption, usageError, type CommandContext } from '../context';
import type { CommandResult } from '../output';
import { withSession } from '../session';

/** The case named by its id or its alias (any letter case). */
export async function findCase(store: JournalStore, wanted: string): Promise<string> {
  const cases = await store.listCases();
  const key = wanted.trim().toLocaleLowerCase();
  const found =
    cases.find((summary) => summary.id === wanted) ??
    cases.find((summary) => summary.alias.trim().toLocaleLowerCase() === key);
  if (found === undefined) throw new AppError('invalid-request', `There is no case "${wanted}" in this journal.`);
  return found.id;
}

function list(value: string | boolean | undefined): string[] | undefined {
  return typeof value === 'string' ? value.split(',').map((item) => item.trim()) : undefined;
}

/** The request from the options, checked by the same schema as the app's channel. */
function briefRequest(context: CommandContext, caseId: string): ExportBriefRequest {
  const option = (name: string) => {
    const value = context.options[name];
    return typeof value === 'string' ? value : undefined;
  };
  const from = option('from');
  const parsed = exportBriefRequestSchema.safeParse({
    caseId,
    ...(from === undefined ? {} : { from: from === 'all' ? null : from }),
    ...(option('to') === undefined ? {} : { to: option('to') }),
    ...(list(context.options['phases']) === undefined ? {} : { phases: list(context.options['phases']) }),
    ...(list(context.options['parts']) === undefined ? {} : { parts: list(context.options['parts']) }),
    language: option('language') ?? languageForLocale(Intl.DateTimeFormat().resolvedOptions().locale),
    format: requireOption(context, 'format'),
    ...(option('recipient') === undefined ? {} : { recipient: option('recipient') }),
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw usageError(`--${String(issue?.path[0] ?? 'options')}: ${issue?.message ?? 'not valid'}.`);
  }
  // PDF is printed by a browser engine, which only the app has.
  if (parsed.data.format === 'pdf')
    throw usageError('--format pdf is only available in the app; use docx, md or html.');
  return parsed.data;
}

/** Writes one brief to --out and logs it; prints the warnings the app would show in its preview. */
export async function brief(context: CommandContext): Promise<CommandResult> {
  const wanted = requireOption(context, 'case');
  // Every option is checked before the passphrase is asked for; the case id comes after unlocking.
  const checked = briefRequest(context, 'case');
  const out = await checkExportPath(await outputPath(context), checked.format, context.vaultDirectory);
  // The dictionaries take about a second to load: start now, while the passphrase is read and the
  // key derived (off the main thread); the export below waits for the same load. A failure shows there.
  import('../../main/exports/lexicon').then((module) => module.loadLexicon()).catch(() => undefined);
  const { saved, warnings } = await withSession(context, async (session) => {
    const journal = { session, store: createJournalStore(session) };
    const exports = createExportService({ open: () => journal, now: context.now });
    const request = { ...checked, caseId: await findCase(journal.store, wanted) };
    return exports.saveBriefWithWarnings(request, out);
  });
  if (warnings.length > 0) {
    const words = warnings.map((warning) => warning.word).join(', ');
    context.stderr.write(
      `warning: these capitalised words are still in the brief and could be names: ${words}. ` +
        'Add them as aliases of a party, or mark them as safe in the app, and export again.\n',
    );
  }
  return {
    json: { out: saved.path, sha256: saved.sha256, bytes: saved.bytes, record: saved.record, warnings },
    notices: exportNoticeLines(saved),
    lines: [
      `Wrote the supervision brief (${saved.record.format.toUpperCase()}, ${saved.bytes} bytes) to ${saved.path}`,
      `SHA-256 ${saved.sha256}`,
      'It is not encrypted: names are replaced, but keep it as carefully as any case paper and delete it when done.',
    ],
  };
}
