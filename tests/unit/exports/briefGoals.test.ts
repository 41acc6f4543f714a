import { describe, expect, it } from 'vitest';
import type { CaseWithEntries } from '../../../src/shared/domain/case';
import { briefBlocks, briefMarkdown } from '../../../src/shared/exports/brief/briefBlocks';
import { briefCharts } from '../../../src/shared/exports/brief/briefCharts';
import { buildBrief, type BriefChoices } from '../../../src/shared/exports/brief/buildBrief';
import { briefLabels } from '../../../src/shared/exports/labels/briefTexts';
import { serializeSvg } from '../../../src/shared/charts';
import { baseCase } from './briefGoalsCase';
import { wordList } from './fixtures';

const base = baseCase;

function brief(journalCase: CaseWithEntries, choices: Partial<BriefChoices> = {}, language: 'es' | 'en' = 'es') {
  const model = buildBrief({
    journalCase,
    choices: { language, ...choices },
    producedOn: '2025-06-01',
    pseudonyms: [],
    safeWords: [],
    lexicon: wordList([]),
  });
  const labels = briefLabels(language);
  return { model, labels, markdown: briefMarkdown(model, labels) };
}

describe("the brief's goal attainment", () => {
  it('gives the T-score per review and each goal’s level, in the order of the scales', () => {
    const { model } = brief(base);
    expect(model.goals?.correlation).toBe(0.3);
    expect(model.goals?.goals.map((goal) => [goal.goalId, goal.weight])).toEqual([
      ['g-visits', undefined],
      ['g-school', 2],
    ]);
    // Weights 1 and 2, ρ = 0.3: T = 50 + 10·Σwx / √6.2; the last review rates one goal (T = 50 + 10·2).
    expect(model.goals?.reviews.map((each) => [each.date, Number(each.tScore?.toFixed(2)), each.levels])).toEqual([
      ['2025-03-20', 45.98, [-1, 0]],
      ['2025-04-20', 62.05, [1, 1]],
      ['2025-05-20', 70, [undefined, 2]],
    ]);
  });

  it('de-identifies the goals’ texts with everything else, and prints only the scaled goals', () => {
    const { model, markdown } = brief(base);
    const descriptions = model.goals?.goals.map((goal) => goal.description) ?? [];
    for (const name of ['Majo', 'Tomás', 'Tomi', 'Rosa']) {
      expect(descriptions.join(' ')).not.toContain(name);
      expect(markdown).not.toContain(name);
    }
    expect(descriptions[0]).toMatch(/^Visitas de .+ con .+ cada sábado$/);
    expect(markdown).not.toContain('acompaña las visitas');
    expect(model.replacements.length).toBeGreaterThan(0);
  });

  it('prints a table and a key in Spanish and in English, with the formula’s ρ', () => {
    const spanish = brief(base).markdown;
    expect(spanish).toContain('### Logro de objetivos');
    expect(spanish).toContain('ρ = 0,3');
    expect(spanish).toContain('| Revisión | Puntaje T | O1 | O2 |');
    expect(spanish).toContain('| 20 de marzo de 2025 | 46,0 | −1 | 0 |');
    expect(spanish).toContain('| 20 de mayo de 2025 | 70,0 | – | +2 |');
    expect(spanish).toMatch(/- \*\*O2:\*\* .+ \(peso 2\)/);
    const english = brief(base, {}, 'en').markdown;
    expect(english).toContain('### Goal attainment');
    expect(english).toContain('| Review | T-score | G1 | G2 |');
    expect(english).toContain('| 20 April 2025 | 62.0 | +1 | +1 |');
  });

  it('keeps to the period and the phases chosen, and says nothing when no review is in them', () => {
    expect(brief(base, { from: '2025-04-01' }).model.goals?.reviews.map((each) => each.date)).toEqual([
      '2025-04-20',
      '2025-05-20',
    ]);
    expect(brief(base, { phases: ['evaluation'] }).model.goals?.reviews.map((each) => each.date)).toEqual([
      '2025-03-20',
    ]);
    // Only the goals rated in the period are named.
    expect(brief(base, { from: '2025-05-01' }).model.goals?.goals.map((goal) => goal.goalId)).toEqual(['g-school']);
    const none = brief(base, { to: '2025-03-10' });
    expect(none.model.goals).toBeUndefined();
    expect(none.markdown).not.toContain('Logro de objetivos');
    const { goalReviews: _reviews, goalScales: _scales, ...plain } = base;
    expect(brief(plain).model.goals).toBeUndefined();
  });

  it('places the T-score chart under its heading in the alliance part, as SVG with the scores written', () => {
    const { model, labels } = brief(base);
    const blocks = briefBlocks(model, labels);
    const index = blocks.findIndex((block) => block.kind === 'chart' && block.chart === 'attainment');
    expect(index).toBeGreaterThan(0);
    expect(blocks[index]?.section).toBe('alliance');
    const before = blocks[index - 1];
    expect(before?.kind === 'markdown' && before.markdown.startsWith('### Logro de objetivos')).toBe(true);
    const svg = serializeSvg(briefCharts(model, labels).attainment.tree);
    expect(svg).toContain('Puntaje T de logro de objetivos');
    expect(svg).toContain('>46,0<');
    expect(svg).toContain('>70,0<');
    expect(svg).not.toContain('Majo');
  });
});
