/** Supervision briefs, safe words, court-report documents and the export log. */
import type { Handlers } from '../ipc/router';
import type { Services } from '../services';

export function exportHandlers({ exports }: Pick<Services, 'exports'>) {
  return {
    previewBrief: (request) => exports.previewBrief(request),
    exportBrief: (request) => exports.exportBrief(request),
    markSafeWord: (request) => exports.markSafeWord(request),
    unmarkSafeWord: (request) => exports.unmarkSafeWord(request),
    decideBriefReview: (request) => exports.decideBriefReview(request),
    listExports: ({ caseId }) => exports.listExports(caseId),
    previewReport: (request) => exports.previewReport(request),
    exportReport: (request) => exports.exportReport(request),
  } satisfies Partial<Handlers>;
}
