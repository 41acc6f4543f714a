/**
 * The road of a court report, as the practitioner walks it: a draft, shared with the caregiver,
 * their comments, a revised draft, the final version, submitted to court. Where the report is on
 * it is read from its versions and comments; a stage the report went past without (finalized
 * without sharing, say) is `skipped`, so the road never claims what did not happen.
 */
import type { CourtReport } from './report';
import { newestVersion } from './versions';

export const reportStages = ['draft', 'shared', 'comments', 'revised', 'final', 'submitted'] as const;
export type ReportStage = (typeof reportStages)[number];

export type StageState = 'done' | 'skipped' | 'current' | 'upcoming';

/** The stage the report is at now. */
export function currentStage(report: CourtReport): ReportStage {
  const newest = newestVersion(report);
  if (newest.status === 'submitted' || newest.status === 'final') return newest.status;
  const everShared = report.versions.some((version) => version.sharedWith !== undefined);
  if (newest.status === 'draft') return everShared ? 'revised' : 'draft';
  return report.comments.some((comment) => comment.version === newest.number) ? 'comments' : 'shared';
}

/** Each stage of the road with what became of it. */
export function reportRoad(report: CourtReport): { stage: ReportStage; state: StageState }[] {
  const current = reportStages.indexOf(currentStage(report));
  const firstShared = report.versions.find((version) => version.sharedWith !== undefined)?.number;
  const reached: Record<ReportStage, boolean> = {
    draft: true,
    shared: firstShared !== undefined,
    comments: report.comments.length > 0,
    // A draft made after a review copy was shared.
    revised: firstShared !== undefined && report.versions.some((version) => version.number > firstShared),
    final: report.versions.some((version) => version.finalized !== undefined),
    submitted: report.versions.some((version) => version.submitted !== undefined),
  };
  return reportStages.map((stage, index) => ({
    stage,
    state: index === current ? 'current' : index > current ? 'upcoming' : reached[stage] ? 'done' : 'skipped',
  }));
}
