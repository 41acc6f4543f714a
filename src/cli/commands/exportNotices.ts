/** What `brief` and `court-report` print on stderr when a file was saved but something after it was not confirmed. */
import type { ExportNotice, SavedExport } from '../../shared/exports/requests';

const texts: Record<ExportNotice, (saved: SavedExport) => string> = {
  'file-unconfirmed': (saved) =>
    `the file is saved at ${saved.path}, but the disk did not confirm that it is stored: check the disk, and export again if the file is missing later.`,
  'log-unconfirmed': () =>
    'the file is saved, but its entry in the export log could not be confirmed: the export history lists it as “may have been written”.',
  'version-unrecorded': () =>
    'the file is saved and logged, but could not be recorded with its report version: export it again to record it there.',
};

/** One line per notice of a saved export, for the command's `notices`. */
export function exportNoticeLines(saved: SavedExport): string[] {
  return (saved.notices ?? []).map((notice) => texts[notice](saved));
}
