/**
 * The per-case export file in the vault (`exports/<caseId>.alz`, encrypted and backed up like
 * every journal file). It is created by the first export or safe word, so a case without one has
 * simply exported nothing yet; a file that is there but unreadable is an error, never reset.
 */
import { caseExportsSchema, emptyCaseExports, type CaseExports } from '../../shared/exports/exportLog';
import { AppError } from '../../shared/ipc/result';
import { checkFileId, type FileId } from '../vault/vaultLayout';
import type { EncryptedFiles } from '../vault/vaultSession';

export interface ExportLog {
  read(caseId: string): Promise<CaseExports>;
  /** Reads, changes and writes one case's file; changes run one at a time. */
  update(caseId: string, change: (current: CaseExports) => CaseExports): Promise<CaseExports>;
}

function fileIdOf(caseId: string): FileId {
  return checkFileId(`exports:${caseId}`);
}

/** The export files of one open session; writes to them queue one behind the other. */
export function createExportLog(files: EncryptedFiles): ExportLog {
  let queue: Promise<unknown> = Promise.resolve();

  async function read(caseId: string): Promise<CaseExports> {
    const stored = await files.readFileIfExists(fileIdOf(caseId));
    if (stored === undefined) return emptyCaseExports(caseId);
    const parsed = caseExportsSchema.safeParse(stored.data);
    if (!parsed.success || parsed.data.caseId !== caseId) {
      throw new AppError(
        'unsupported-format',
        'The export log of this case decrypted correctly but its content is not what this version of Alianza expects.',
      );
    }
    return parsed.data;
  }

  return {
    read,
    update: (caseId, change) => {
      const run = async () => {
        const next = caseExportsSchema.parse(change(await read(caseId)));
        await files.writeFile(fileIdOf(caseId), next);
        return next;
      };
      const result = queue.then(run, run);
      queue = result.catch(() => undefined);
      return result;
    },
  };
}
