/**
 * What Home's work queue needs from each open case's file, computed in one pass per case: its
 * active warnings, its open agreed actions, and its reflections' session dates (so a draft says
 * which reflection it revises). The warnings list, the actions list and the work queue all read
 * this one cache, so a case is decrypted once for all three, and again only once its file moves
 * or the thresholds change (`perCaseResults.ts`).
 */
import { caseWarnings } from '../../shared/alliance/caseWarnings';
import { openWarningsOf } from '../../shared/alliance/openWarnings';
import type { WarningThresholds } from '../../shared/alliance/thresholds';
import type { OpenCaseFacts } from '../../shared/home/workQueue';
import { perCaseResults } from './perCaseResults';
import { openActionsOf } from './supervisionChanges';

export const openCaseFacts = perCaseResults((journalCase, thresholds: WarningThresholds): OpenCaseFacts => ({
  warnings: openWarningsOf(journalCase, caseWarnings(journalCase, thresholds)),
  actions: openActionsOf(journalCase),
  sessionDates: Object.fromEntries(journalCase.entries.map((entry) => [entry.id, entry.sessionDate])),
}));
