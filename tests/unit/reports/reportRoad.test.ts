import { describe, expect, it } from 'vitest';
import {
  finalizeReport,
  recordComment,
  reviseReport,
  shareReviewCopy,
} from '../../../src/shared/domain/report/lifecycle';
import { currentStage, reportRoad } from '../../../src/shared/domain/report/reportRoad';
import { journalCase, later, newReport, sections, statement } from './reportFixtures';

const written = () => {
  const report = newReport();
  const version = { ...report.versions[0]!, sections: sections({ strengths: [statement('s1', 'Llega puntual.')] }) };
  return { ...report, versions: [version] };
};
const sharing = { partyId: 'p-mother', date: '2025-03-21', method: 'in-person' as const };
const states = (report: Parameters<typeof reportRoad>[0]) => reportRoad(report).map(({ state }) => state);

describe('the road of a court report', () => {
  it('starts at the draft, everything else to come', () => {
    expect(currentStage(written())).toBe('draft');
    expect(states(written())).toEqual(['current', 'upcoming', 'upcoming', 'upcoming', 'upcoming', 'upcoming']);
  });

  it('goes shared, comments, revised, in that order', () => {
    const { parties } = journalCase();
    const shared = shareReviewCopy(written(), sharing, parties, later);
    expect(currentStage(shared)).toBe('shared');
    const comment = {
      version: 1,
      section: 'strengths' as const,
      stance: 'agrees' as const,
      words: 'Sí.',
      recordedOn: '2025-03-22',
    };
    const commented = recordComment(shared, comment, 'c1', later);
    expect(currentStage(commented)).toBe('comments');
    const revised = reviseReport(commented, later);
    expect(states(revised)).toEqual(['done', 'done', 'done', 'current', 'upcoming', 'upcoming']);
  });

  it('says a stage was skipped rather than done when the report went past it without it', () => {
    const final = finalizeReport(written(), [], undefined, later);
    expect(states(final)).toEqual(['done', 'skipped', 'skipped', 'skipped', 'current', 'upcoming']);
  });
});
