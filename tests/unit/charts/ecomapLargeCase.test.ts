import { describe, expect, it } from 'vitest';
import { ecomapCase } from '../../../bench/ecomapCase';
import { ecomapChart, serializeSvg, type EcomapChartLabels } from '../../../src/shared/charts';
import { buildEcomap, compareEcomaps } from '../../../src/shared/ecomap';
import { rasterize } from '../../../src/shared/exports/raster/rasterize';

const labels: EcomapChartLabels = {
  title: 'Ecomap',
  description: 'The child at the centre.',
  child: 'The child',
  party: (partyId) => partyId,
  qualities: { strong: 'Strong', strained: 'Strained', mixed: 'Mixed', 'no-data': 'No data' },
  count: (line) => `${line.sessions}`,
  empty: '',
};

describe('the ecomap of the benchmark’s case (12 parties, 500 sessions)', () => {
  const journalCase = ecomapCase();
  const map = buildEcomap(journalCase);

  it('draws both children at the centre and a line for each of the ten others', () => {
    expect(journalCase.parties).toHaveLength(12);
    expect(journalCase.entries).toHaveLength(500);
    expect(map.centre).toEqual(['child', 'sister']);
    expect(map.lines).toHaveLength(10);
    // Two parents: their lines come from named tensions only; the grandmother's from every caregiver–child note.
    expect(map.lines.find((line) => line.partyId === 'grandmother')?.quality).toBe('mixed');
    expect(map.lines.find((line) => line.partyId === 'court')?.noDataReason).toBe('no-relationship-for-role');
    expect(map.unplaced.map((notes) => notes.reason)).toContain('role-shared');
  });

  it('produces the SVG and the PNG fallback the exports carry', () => {
    const tree = ecomapChart(map, labels);
    const markup = serializeSvg(tree);
    expect(markup.startsWith('<svg')).toBe(true);
    expect(markup.match(/class="ecomap-party"/g)).toHaveLength(10);
    const image = rasterize(tree, 1.5);
    expect(image.width).toBe(Math.ceil(740 * 1.5));
    expect(image.rgb.length).toBe(image.width * image.height * 3);
    expect(image.rgb.some((value) => value < 100)).toBe(true);
  });

  it('compares the first and last three months of the case', () => {
    const { first, last, overlapping } = compareEcomaps(journalCase);
    expect(overlapping).toBe(false);
    expect(first.sessions).toBeGreaterThan(10);
    expect(last.sessions).toBeGreaterThan(10);
  });
});
