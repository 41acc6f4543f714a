import { describe, expect, it } from 'vitest';
import { checkReport } from '../../../src/shared/domain/report/checks';
import { commentsAnsweredCheck } from '../../../src/shared/domain/report/commentsAnswered';
import {
  recordComment,
  respondToComment,
  reviseReport,
  saveDraft,
  shareReviewCopy,
} from '../../../src/shared/domain/report/lifecycle';
import type { CourtReport } from '../../../src/shared/domain/report/report';
import { reportCheckIds } from '../../../src/shared/domain/report/reportTaxonomy';
import { parties } from '../journal/journalFixtures';
import { at, journalCase, later, newReport, sections, statement } from './reportFixtures';

const sharing = { partyId: 'p-grandmother', date: '2025-03-21', method: 'in-person' as const };
const comment = (section: 'concerns' | 'strengths') => ({
  version: 1,
  section,
  stance: 'disagrees' as const,
  words: 'No es así.',
  recordedOn: '2025-03-22',
});

function commented(): CourtReport {
  const drafted = saveDraft(newReport(), { version: 1, sections: sections({ concerns: [statement('s1', 'x')] }) }, at);
  const shared = shareReviewCopy(drafted, sharing, parties, later);
  return recordComment(recordComment(shared, comment('concerns'), 'c1', later), comment('strengths'), 'c2', later);
}

describe('every comment answered', () => {
  it('is the fifth check, after the others but before the facts being checked', () => {
    expect(reportCheckIds.indexOf('comments-answered')).toBe(4);
    expect(checkReport(commented(), journalCase()).map((check) => check.id)).toContain('comments-answered');
  });

  it('passes with no comments, and says how many there are', () => {
    const report = newReport();
    expect(commentsAnsweredCheck(report, report.versions[0]!)).toEqual({
      id: 'comments-answered',
      passed: true,
      details: ['comments=0'],
    });
  });

  it('names the section of each comment without an answer, until every one has one', () => {
    let report = reviseReport(commented(), later);
    const newest = () => report.versions.at(-1)!;
    expect(commentsAnsweredCheck(report, newest())).toEqual({
      id: 'comments-answered',
      passed: false,
      details: ['comments=2', 'unanswered=concerns', 'unanswered=strengths'],
    });
    report = respondToComment(report, 'c1', { outcome: 'changed', note: 'Corregido.' }, later);
    expect(commentsAnsweredCheck(report, newest()).details).toEqual(['comments=2', 'unanswered=strengths']);
    report = respondToComment(report, 'c2', { outcome: 'not-changed', note: 'Consta en la sesión.' }, later);
    expect(commentsAnsweredCheck(report, newest())).toMatchObject({ passed: true, details: ['comments=2'] });
  });
});
