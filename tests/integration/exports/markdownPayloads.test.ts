/**
 * Every Markdown file the app writes, opened in a viewer that passes raw HTML through (`marked`
 * with its defaults): a supervision brief (English and Spanish) of a reflection whose reportable
 * section, supervision question, tension and strategy notes hold the whole payload corpus, and
 * both court-report documents with the corpus in their statements. Nothing that could run a
 * script, load something or follow a dangerous address may come out; the HTML and DOCX briefs
 * are held to the same.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Marked } from 'marked';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { markdownTags } from '../../../src/shared/render/markdown';
import { markdownPayloads } from '../../fixtures/markdownPayloads';
import { entryContent } from '../../unit/journal/journalFixtures';
import { liveHtmlProblems } from '../../support/liveHtml';
import { reportFor, storeReport, withTextIn } from './courtReportSupport';
import { openExportJournal, textOf, unzip, type ExportJournal } from './support';

/** A viewer that passes raw HTML through, as many Markdown viewers do. */
const permissive = new Marked({ gfm: true });
/** What such a viewer draws from plain Markdown: its own tags, a task's disabled checkbox, a code block's class. */
const viewerAllowList = {
  tags: [...markdownTags, 'input'],
  attributes: ['href', 'title', 'start', 'align', 'class', 'type', 'disabled', 'checked'],
};
const corpus = markdownPayloads.join('\n\n');

let journal: ExportJournal;
const files: Record<string, string> = {};

beforeAll(async () => {
  journal = await openExportJournal();
  await journal.services.journal.saveEntry({
    caseId: journal.caseId,
    entryId: 'payloads',
    content: entryContent({
      sessionDate: '2025-03-25',
      phase: 'evaluation',
      attendees: ['p-mother'],
      // Reportable, so the court report may hold the same text.
      sections: [{ id: 'p1', title: 'Pegado <img src=x onerror=alert(1)>', visibility: 'reportable', text: corpus }],
      supervisionQuestions: markdownPayloads.slice(0, 12),
      tensions: [
        {
          type: 'duty-to-report',
          indicators: ['repeated-absences'],
          parties: ['p-mother'],
          intensity: 2,
          rupture: 'none',
          repairSteps: [],
          note: '<script>alert(1)</script> [x](javascript:alert(1))',
        },
      ],
      strategies: [
        {
          kind: 'repair',
          strategy: 'clarifying-expectations',
          outcome: 'resolved',
          note: '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
        },
      ],
    }),
  });
  for (const language of ['en', 'es'] as const) {
    for (const format of ['md', 'html', 'docx'] as const) {
      journal.dialog.answer = path.join(journal.outbox, `brief-${language}.${format}`);
      const result = await journal.services.exports.exportBrief({
        caseId: journal.caseId,
        language,
        from: null,
        format,
      });
      if (result.status !== 'saved') throw new Error('The brief was not saved.');
      files[`brief-${language}.${format}`] = result.path;
    }
  }
  const report = reportFor(journal.caseId);
  await storeReport(journal, withTextIn(withTextIn(report, 'strengths', corpus), 'recommendations', corpus));
  for (const kind of ['review', 'final'] as const) {
    journal.dialog.answer = path.join(journal.outbox, `report-${kind}.md`);
    const saved = await journal.services.exports.exportReport({
      caseId: journal.caseId,
      reportId: report.id,
      kind,
      format: 'md',
      language: 'en',
    });
    if (saved.status !== 'saved') throw new Error('The report was not saved.');
    files[`report-${kind}.md`] = saved.path;
  }
}, 120_000);
afterAll(async () => {
  await journal?.close();
});

describe('every Markdown file, in a viewer that renders raw HTML', () => {
  it.each(['brief-en.md', 'brief-es.md', 'report-review.md', 'report-final.md'])('%s', async (name) => {
    const markdown = await readFile(files[name]!, 'utf8');
    // The corpus is in the file (as text), and none of it is live.
    expect(markdown).toContain('onerror=alert(1)');
    expect(markdown).toContain('javascript:alert(1)');
    const html = permissive.parse(markdown) as string;
    expect(liveHtmlProblems(html, viewerAllowList)).toEqual([]);
    expect(html).not.toMatch(/<(?:script|iframe|img|svg|math|style|form|object|embed|meta|base|link)\b/i);
  });
});

describe('the HTML and DOCX briefs of the same case', () => {
  it.each(['brief-en.html', 'brief-es.html'])('%s holds no live markup in its article', async (name) => {
    const html = await readFile(files[name]!, 'utf8');
    const article = /<article[\s\S]*<\/article>/.exec(html)?.[0] ?? '';
    const withoutCharts = article.replace(/<figure class="brief-chart">[\s\S]*?<\/figure>/g, '');
    expect(withoutCharts).toContain('onerror=alert(1)');
    expect(
      liveHtmlProblems(withoutCharts, {
        tags: ['article', 'section', ...markdownTags],
        attributes: ['class', 'lang', 'href', 'title', 'start', 'align', 'rel'],
      }),
    ).toEqual([]);
  });

  it.each(['brief-en.docx', 'brief-es.docx'])('%s links only to web pages and e-mail', async (name) => {
    const parts = unzip(await readFile(files[name]!));
    const relations = parts.get('word/_rels/document.xml.rels')?.toString('utf8') ?? '';
    for (const external of relations.match(/<Relationship [^>]*TargetMode="External"[^>]*>/g) ?? []) {
      expect(external).toMatch(/Target="(?:https?:|mailto:)/);
    }
    expect(textOf(parts.get('word/document.xml')?.toString('utf8') ?? '')).toContain('onerror=alert(1)');
  });
});
