import { describe, expect, it } from 'vitest';
import { serializeSvg } from '../../../src/shared/charts/svgTree';
import type { CaseWithEntries } from '../../../src/shared/domain/case';
import type { Tension } from '../../../src/shared/domain/reflexivity';
import { briefBlocks } from '../../../src/shared/exports/brief/briefBlocks';
import { briefCharts, ecomapLineCount } from '../../../src/shared/exports/brief/briefCharts';
import type { BriefChoices } from '../../../src/shared/exports/brief/buildBrief';
import { briefLabels } from '../../../src/shared/exports/labels/briefTexts';
import { entryContent, storedEntry } from '../journal/journalFixtures';
import { briefOf, family, familyCase } from './fixtures';

/** Notes that name the family: none of it may reach the brief's ecomap. */
const notes = ['María José le gritó a Tomi', 'Majo lo abrazó al despedirse', 'La Tata Rosa lo fue a buscar'];

const tensionWith = (relationship: Tension['relationship']): Tension => ({
  type: 'fear-of-losing-children',
  indicators: [],
  parties: ['p-mother'],
  intensity: 2,
  rupture: 'none',
  repairSteps: [],
  ...(relationship === undefined ? {} : { relationship }),
});

const base = familyCase({
  entries: [
    storedEntry(
      'e-1',
      entryContent({
        sessionDate: '2025-03-05',
        phase: 'start',
        relationships: [{ relationship: 'parent-child', quality: 'strained', note: notes[0] }],
      }),
    ),
    storedEntry(
      'e-2',
      entryContent({
        sessionDate: '2025-03-20',
        phase: 'evaluation',
        tensions: [],
        relationships: [
          { relationship: 'parent-child', quality: 'strong', note: notes[1] },
          { relationship: 'caregiver-child', quality: 'strong', note: notes[2] },
        ],
      }),
    ),
    storedEntry(
      'e-3',
      entryContent({
        sessionDate: '2025-03-27',
        phase: 'evaluation',
        tensions: [tensionWith('parent-child')],
        relationships: [{ relationship: 'caregiver-child', quality: 'strong' }],
      }),
    ),
  ],
});

function brief(journalCase: CaseWithEntries, choices: Partial<BriefChoices> = {}, language: 'es' | 'en' = 'en') {
  const built = briefOf(journalCase, choices, language);
  return { ...built, svg: serializeSvg(briefCharts(built.model, built.labels).ecomap.tree) };
}

const lineOf = (model: ReturnType<typeof brief>['model'], partyId: string) =>
  model.ecomap?.map.lines.find((line) => line.partyId === partyId);

describe("the brief's ecomap", () => {
  it('draws every party but the child from the sessions of the brief, with the quality and the sessions behind each line', () => {
    const { model } = brief(base);
    expect(model.ecomap?.map.centre).toEqual(['p-child']);
    expect(model.ecomap?.map.lines.map((line) => [line.partyId, line.quality, line.sessions])).toEqual([
      ['p-mother', 'mixed', 3],
      ['p-grandmother', 'strong', 2],
      ['p-teacher', 'no-data', 0],
      ['p-court', 'no-data', 0],
    ]);
    expect(lineOf(model, 'p-mother')).toMatchObject({ strongSessions: 1, strainedSessions: 2 });
  });

  it('keeps to the period and the phases chosen', () => {
    expect(lineOf(brief(base, { from: '2025-03-15' }).model, 'p-mother')).toMatchObject({
      quality: 'mixed',
      strongSessions: 1,
      strainedSessions: 1,
    });
    const start = brief(base, { phases: ['start'] }).model;
    expect(lineOf(start, 'p-mother')).toMatchObject({ quality: 'strained', sessions: 1 });
    expect(lineOf(start, 'p-grandmother')?.quality).toBe('no-data');
  });

  it('names the parties by their pseudonyms in the model, the table and the chart, never by name or alias', () => {
    for (const language of ['en', 'es'] as const) {
      const { model, markdown, svg } = brief(base, {}, language);
      const pseudonyms = new Map(model.partyPseudonyms.map((party) => [party.partyId, party.label]));
      expect(model.ecomap?.parties).toEqual(
        family.map((party) => ({ partyId: party.id, label: pseudonyms.get(party.id) })),
      );
      const start = markdown.indexOf(`### ${briefLabels(language).texts.ecomap.heading}`);
      const ecomapPart = markdown.slice(start, markdown.indexOf('\n## ', start));
      for (const party of family) {
        const label = pseudonyms.get(party.id) ?? '';
        expect(label).not.toBe('');
        expect(svg).toContain(label);
        if (party.role !== 'child') expect(ecomapPart).toContain(label);
        for (const name of [party.name, ...party.aliases, ...party.name.split(' ').filter((word) => word.length > 2)]) {
          expect(svg, name).not.toContain(name);
          expect(ecomapPart, name).not.toContain(name);
        }
      }
    }
  });

  it('carries no note: only relationships, qualities and counts reach the model', () => {
    const { model, markdown, svg } = brief(base);
    const modelText = JSON.stringify(model.ecomap);
    for (const note of notes) {
      expect(modelText).not.toContain(note);
      expect(markdown).not.toContain(note);
      expect(svg).not.toContain(note);
    }
    expect(modelText).not.toMatch(/"note"/);
  });

  it('prints a table with the same data as the chart, in English and in Spanish', () => {
    const english = brief(base);
    const mother = english.model.partyPseudonyms.find((party) => party.partyId === 'p-mother')?.label ?? '';
    expect(english.markdown).toContain('### The family’s ecomap');
    expect(english.markdown).toContain('| Person | Line | Sessions behind the line | Noted strong | Noted strained |');
    expect(english.markdown).toContain(`| ${mother} | Strong and strained | 3 | 1 | 2 |`);
    expect(english.markdown).toMatch(/\| [^|]+ \| No data \| 0 \| 0 \| 0 \|/);
    const spanish = brief(base, {}, 'es');
    const madre = spanish.model.partyPseudonyms.find((party) => party.partyId === 'p-mother')?.label ?? '';
    expect(spanish.markdown).toContain('### Ecomapa de la familia');
    expect(spanish.markdown).toContain(`| ${madre} | Sólida y tensionada | 3 | 1 | 2 |`);
  });

  it('writes the sessions behind a line on it, each way when it was noted both ways', () => {
    const { model, svg } = brief(base);
    const line = (partyId: string) => {
      const found = lineOf(model, partyId);
      if (found === undefined) throw new Error(partyId);
      return found;
    };
    const en = briefLabels('en');
    const es = briefLabels('es');
    expect(ecomapLineCount(line('p-mother'), en)).toBe('strong in 1 · strained in 2');
    expect(ecomapLineCount(line('p-grandmother'), en)).toBe('2 sessions');
    expect(ecomapLineCount(line('p-grandmother'), es)).toBe('2 sesiones');
    expect(ecomapLineCount({ ...line('p-grandmother'), sessions: 1 }, en)).toBe('one session');
    expect(ecomapLineCount({ ...line('p-grandmother'), sessions: 1 }, es)).toBe('una sesión');
    expect(ecomapLineCount(line('p-teacher'), en)).toBe('');
    expect(svg).toContain('strong in 1 · strained in 2');
    expect(svg).toContain('2 sessions');
    expect(svg).toContain('id="brief-ecomap-title"');
  });

  it('sits in the alliance part, the chart right under its heading', () => {
    const { model, labels } = brief(base);
    const blocks = briefBlocks(model, labels).filter((block) => block.section === 'alliance');
    const chart = blocks.findIndex((block) => block.kind === 'chart' && block.chart === 'ecomap');
    expect(chart).toBeGreaterThan(0);
    const before = blocks[chart - 1];
    const after = blocks[chart + 1];
    expect(before?.kind === 'markdown' && before.markdown).toBe('### The family’s ecomap');
    expect(after?.kind === 'markdown' && after.markdown).toMatch(/^Drawn from the relationships[^\n]+\n\n\| Person \|/);
    const withoutAlliance = brief(base, { parts: ['questions', 'tensions'] });
    expect(
      briefBlocks(withoutAlliance.model, withoutAlliance.labels).some(
        (block) => block.kind === 'chart' && block.chart === 'ecomap',
      ),
    ).toBe(false);
  });

  it('is left out for a case with no one besides the child', () => {
    const alone = { ...base, parties: family.filter((party) => party.role === 'child') };
    const { model, labels, markdown } = brief(alone);
    expect(model.ecomap).toBeUndefined();
    expect(markdown).not.toContain('ecomap');
    expect(briefBlocks(model, labels).some((block) => block.kind === 'chart' && block.chart === 'ecomap')).toBe(false);
  });
});
