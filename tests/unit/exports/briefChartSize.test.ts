import { describe, expect, it } from 'vitest';
import type { CaseWithEntries } from '../../../src/shared/domain/case';
import { chartFont, estimateTextWidth, type SvgElement } from '../../../src/shared/charts';
import { briefBlocks, briefMarkdown } from '../../../src/shared/exports/brief/briefBlocks';
import { briefChartNames, briefCharts, pageTextWidth } from '../../../src/shared/exports/brief/briefCharts';
import { briefStylesheet } from '../../../src/shared/exports/brief/briefStylesheet';
import { buildBrief } from '../../../src/shared/exports/brief/buildBrief';
import { briefLabels } from '../../../src/shared/exports/labels/briefTexts';
import { entryContent, storedEntry } from '../journal/journalFixtures';
import { baseCase } from './briefGoalsCase';
import { wordList } from './fixtures';

/** Three sessions with ratings, tensions and ruptures, besides the goals and their reviews. */
const journalCase: CaseWithEntries = {
  ...baseCase,
  entries: [
    storedEntry('e-1', entryContent({ sessionDate: '2025-03-05', phase: 'evaluation' })),
    storedEntry(
      'e-2',
      entryContent({
        sessionDate: '2025-04-02',
        phase: 'intervention',
        ratings: { practitioner: { bond: 7, goals: 6, tasks: 6 }, caregiver: { bond: 8, goals: 7, tasks: 7 } },
      }),
    ),
    storedEntry('e-3', entryContent({ sessionDate: '2025-05-07', phase: 'intervention' })),
  ],
};

function brief(language: 'en' | 'es') {
  const model = buildBrief({
    journalCase,
    choices: { language },
    producedOn: '2025-06-01',
    pseudonyms: [],
    safeWords: [],
    lexicon: wordList([]),
  });
  const labels = briefLabels(language);
  return { model, labels };
}

/** The text column of the printed page, from the stylesheet's own @page rule (A4, its margins). */
function printedColumn(): number {
  const page = /@page\s*{\s*size:\s*A4;\s*margin:\s*([\d.]+)cm;\s*}/.exec(briefStylesheet);
  expect(page).not.toBeNull();
  const margin = Number(page?.[1]) * 10;
  // Charts are scaled down to the column (max-width: 100%), never up.
  expect(briefStylesheet).toContain('.brief-chart svg { max-width: 100%; height: auto; }');
  return ((210 - 2 * margin) / 25.4) * 96;
}

/** Every text's font size in CSS pixels as printed: its own or inherited size, times the chart's scale. */
function printedFontSizes(chart: SvgElement, column: number): number[] {
  const scale = Math.min(1, column / Number(chart.attributes.width));
  const sizes: number[] = [];
  const walk = (element: SvgElement, inherited: number) => {
    const size = Number(element.attributes['font-size'] ?? inherited);
    if (element.tag === 'text' && element.children.some((child) => typeof child === 'string')) sizes.push(size * scale);
    for (const child of element.children) if (typeof child !== 'string') walk(child, size);
  };
  walk(chart, chartFont.size);
  return sizes;
}

describe("the brief's charts on paper", () => {
  it.each(['en', 'es'] as const)('print every text at 9 pt (12 px) or more, in %s', (language) => {
    const { model, labels } = brief(language);
    const column = printedColumn();
    expect(pageTextWidth).toBeLessThanOrEqual(column);
    const charts = briefCharts(model, labels);
    for (const name of briefChartNames) {
      const sizes = printedFontSizes(charts[name].tree, column);
      expect(sizes.length, name).toBeGreaterThan(0);
      // 11 px text in the ecomap (counts on its lines) is drawn at its size too: 8.25 pt at least.
      expect(Math.min(...sizes), name).toBeGreaterThanOrEqual(name === 'ecomap' ? 11 : 12);
      expect(Number(charts[name].tree.attributes.width), name).toBeLessThanOrEqual(column);
    }
  });

  it.each(['en', 'es'] as const)('fit the alliance legend inside the narrower chart, in %s', (language) => {
    const { model, labels } = brief(language);
    const chart = briefCharts(model, labels).alliance.tree;
    const legend = chart.children.find(
      (child): child is SvgElement => typeof child !== 'string' && child.attributes.class === 'legend',
    );
    const texts = (legend?.children ?? []).filter(
      (child): child is SvgElement => typeof child !== 'string' && child.tag === 'text',
    );
    expect(texts.length).toBe(4);
    for (const text of texts)
      expect(Number(text.attributes.x) + estimateTextWidth(String(text.children[0]))).toBeLessThanOrEqual(
        Number(chart.attributes.width),
      );
  });

  it('prints the tension map once, as its table', () => {
    const { model, labels } = brief('en');
    const blocks = briefBlocks(model, labels);
    expect(blocks.flatMap((block) => (block.kind === 'chart' ? [block.chart] : []))).not.toContain('tensions');
    const markdown = briefMarkdown(model, labels);
    expect(markdown.split('### Kinds of tension').length).toBe(2);
    expect(markdown).toMatch(/### Kinds of tension\n\n\| Tension \|/);
  });
});
