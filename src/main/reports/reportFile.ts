/**
 * The per-case court-report file in the vault (`reports/<caseId>.alz`, encrypted and backed up
 * like every journal file). The first report creates it; a file that is there but unreadable is
 * an error, never reset.
 */
import { caseReportsSchema, emptyCaseReports, type CaseReports } from '../../shared/domain/report/report';
import { AppError } from '../../shared/ipc/result';
import { checkFileId, type FileId } from '../vault/vaultLayout';
import type { EncryptedFiles } from '../vault/vaultSession';

export interface ReportFile {
  read(caseId: string): Promise<CaseReports>;
  /** Reads, changes and writes one case's reports; changes run one at a time. */
  update<T>(caseId: string, change: (current: CaseReports) => { next: CaseReports; result: T }): Promise<T>;
}

export function reportFileIdOf(caseId: string): FileId {
  return checkFileId(`reports:${caseId}`);
}

const open = new WeakMap<EncryptedFiles, ReportFile>();

/**
 * The one report file store of an open session: editing and exporting share it, so every
 * write to a case's reports queues behind the others.
 */
export function reportFileOf(files: EncryptedFiles): ReportFile {
  let found = open.get(files);
  if (found === undefined) {
    found = createReportFile(files);
    open.set(files, found);
  }
  return found;
}

/** The report files of one open session; writes queue one behind the other. */
function createReportFile(files: EncryptedFiles): ReportFile {
  let queue: Promise<unknown> = Promise.resolve();

  async function read(caseId: string): Promise<CaseReports> {
    const stored = await files.readFileIfExists(reportFileIdOf(caseId));
    if (stored === undefined) return emptyCaseReports(caseId);
    const parsed = caseReportsSchema.safeParse(stored.data);
    if (!parsed.success || parsed.data.caseId !== caseId) {
      throw new AppError(
        'unsupported-format',
        'The court reports of this case decrypted correctly but their content is not what this version of Alianza expects.',
      );
    }
    return parsed.data;
  }

  return {
    read,
    update: (caseId, change) => {
      const run = async () => {
        const { next, result } = change(await read(caseId));
        await files.writeFile(reportFileIdOf(caseId), caseReportsSchema.parse(next));
        return result;
      };
      const result = queue.then(run, run);
      queue = result.catch(() => undefined);
      return result;
    },
  };
}
