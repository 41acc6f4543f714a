import { Lexer } from 'marked';
import { describe, expect, it } from 'vitest';
import type { Statement } from '../../../src/shared/domain/report/report';
import { buildReportDocument } from '../../../src/shared/exports/courtReport/buildReportDocument';
import { markdownLine, reportMarkdown } from '../../../src/shared/exports/courtReport/reportMarkdown';
import { numberedLineWidth, wrap } from '../../../src/shared/exports/courtReport/paragraphs';
import { finalVersion, report, reportCase, sharedVersion } from './courtReportFixtures';

const long: Statement = {
  id: 'st-long',
  text: `${'The family came to every session and talked openly about the school. '.repeat(6)}\n\n# Not a heading\n- not a list\n1. not a numbered list`,
  type: 'observation',
  citations: [],
};

const version = {
  ...sharedVersion,
  sections: sharedVersion.sections.map((section) =>
    section.kind === 'goals' ? { ...section, statements: [long] } : section,
  ),
};

const review = reportMarkdown(
  buildReportDocument({ journalCase: reportCase, report, version, kind: 'review', language: 'en' }),
);
const final = reportMarkdown(
  buildReportDocument({ journalCase: reportCase, report, version: finalVersion, kind: 'final', language: 'en' }),
);

const numbered = /^`\s*(\d+)` (.*)$/;

describe('the review copy in Markdown', () => {
  const lines = review.split('\n');
  const numbers = lines.flatMap((line) => {
    const match = numbered.exec(line);
    return match === null ? [] : [Number(match[1])];
  });

  it('numbers every line of the report’s sections, from 1 without gaps, and none of the cover note', () => {
    expect(numbers.length).toBeGreaterThan(20);
    expect(numbers).toEqual(numbers.map((_, index) => index + 1));
    const firstSection = lines.indexOf('## 1. Who this report is about');
    expect(lines.findIndex((line) => numbered.test(line))).toBeGreaterThan(firstSection);
  });

  it('wraps long statements so that each printed line has its own number', () => {
    const texts = lines.flatMap((line) => numbered.exec(line)?.[2] ?? []);
    for (const text of texts) expect(text.replace(/ {2}$/, '').replace(/\\/g, '').length).toBeLessThanOrEqual(80);
    // About 420 characters: at least six lines.
    expect(texts.filter((text) => /family|session|talked|school/.test(text)).length).toBeGreaterThanOrEqual(6);
  });

  it('keeps statement text as text: no heading, list or rule comes out of it', () => {
    expect(review).toContain('\\# Not a heading');
    expect(review).toContain('\\- not a list');
    expect(review).toContain('1\\. not a numbered list');
    const tokens = Lexer.lex(review, { gfm: true });
    const headings = tokens.filter((token) => token.type === 'heading').map((token) => token.raw.trim());
    expect(headings).not.toContain('# Not a heading');
    expect(tokens.filter((token) => token.type === 'list')).toHaveLength(1);
  });

  it('has the draft marking at the start and the end, and a comment area after each section', () => {
    expect(review.startsWith('# Report to the court: draft for your comments\n')).toBe(true);
    expect(review.match(/^> \*\*DRAFT – for your comments\*\*$/gm)).toHaveLength(2);
    const sections = review.split(/^## \d\. /m).slice(1);
    expect(sections).toHaveLength(8);
    for (const section of sections) {
      expect(section).toMatch(/> \*\*Your comments on “[^”]+”\*\* {2}\n> _Write here/);
      expect(section.match(/^> _{20,}$/gm)).toHaveLength(6);
    }
  });
});

describe('the final report in Markdown', () => {
  it('has no line numbers and no draft marking', () => {
    expect(final).not.toMatch(numbered);
    expect(final.split('\n').some((line) => numbered.test(line))).toBe(false);
    expect(final).not.toContain('DRAFT');
  });

  it('puts the changes after the caregiver’s review after a page rule, with their words quoted', () => {
    expect(final).toContain('---\n\n## Changes after the caregiver’s review');
    expect(final).toContain('> The absences were in March, not February.');
    expect(final).toContain('**Allegation by María José Pérez**');
  });
});

describe('Markdown text helpers', () => {
  it('escape what would become structure at the start of a line', () => {
    expect(markdownLine('- item')).toBe('\\- item');
    expect(markdownLine('+ item')).toBe('\\+ item');
    expect(markdownLine('12) item')).toBe('12\\) item');
    expect(markdownLine('===')).toBe('\\===');
    expect(markdownLine('a *b* [c]')).toBe('a \\*b\\* \\[c\\]');
  });

  it('wrap at spaces, keeping a word longer than a line whole', () => {
    expect(wrap('short line')).toEqual(['short line']);
    const word = 'x'.repeat(100);
    expect(wrap(`a ${word} b`)).toEqual(['a', word, 'b']);
    expect(wrap('word '.repeat(40)).every((line) => line.length <= numberedLineWidth)).toBe(true);
  });
});
