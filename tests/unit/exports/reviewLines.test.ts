import { describe, expect, it } from 'vitest';
import { buildReportDocument } from '../../../src/shared/exports/courtReport/buildReportDocument';
import { reportMarkdown } from '../../../src/shared/exports/courtReport/reportMarkdown';
import { numberedBody } from '../../../src/shared/exports/courtReport/reviewLines';
import { report, reportCase, sharedVersion } from './courtReportFixtures';

describe('the review copy’s line numbers', () => {
  it('are the ones the Markdown copy prints, statement by statement, for both languages', () => {
    for (const language of ['en', 'es'] as const) {
      const document = buildReportDocument({
        journalCase: reportCase,
        report,
        version: sharedVersion,
        kind: 'review',
        language,
      });
      const markdown = reportMarkdown(document);
      const lines = numberedBody(document.body).flatMap(({ paragraphs }) => paragraphs.flat());
      expect(lines.length).toBeGreaterThan(10);
      expect(lines.map((line) => line.number)).toEqual(lines.map((_, index) => index + 1));
      for (const line of lines) {
        expect(markdown).toContain(`\`${String(line.number).padStart(3, ' ')}\` `);
      }
      // The last number printed is the last one counted: nothing numbered on one side only.
      expect(markdown).not.toContain(`\`${String(lines.length + 1).padStart(3, ' ')}\` `);
      const statements = numberedBody(document.body).filter(({ block }) => block.kind === 'statement');
      expect(statements.every(({ block }) => block.kind === 'statement' && block.statementId !== undefined)).toBe(true);
    }
  });
});
