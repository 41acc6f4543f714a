/**
 * The family's ecomap of a case with 12 parties and 500 sessions: the model for the whole case
 * and the SVG drawn from it, as the case screen does on opening. Goal from the issue: < 200 ms.
 */
import { ecomapChartSvg, type EcomapChartLabels } from '../src/shared/charts';
import { buildEcomap, compareEcomaps } from '../src/shared/ecomap';
import type { BenchRow } from './benchRow';
import { ecomapCase, ecomapCaseSessions } from './ecomapCase';
import { medianOf } from './measure';

const runs = 31;
const goalMs = 200;

const labels: EcomapChartLabels = {
  title: 'Ecomap',
  description: 'The child at the centre, each party around with its line.',
  child: 'The child',
  party: (partyId) => partyId,
  qualities: { strong: 'Strong', strained: 'Strained', mixed: 'Mixed', 'no-data': 'No data' },
  count: (line) => `${line.strongSessions} strong · ${line.strainedSessions} strained`,
  empty: 'Nobody else',
};

export async function runEcomapBenchmarks(): Promise<BenchRow[]> {
  const journalCase = ecomapCase();
  const whole = () => ecomapChartSvg(buildEcomap(journalCase), labels);
  const compared = () => {
    const { first, last } = compareEcomaps(journalCase);
    return ecomapChartSvg(first, labels).length + ecomapChartSvg(last, labels).length;
  };
  const size = whole().length;
  const wholeMs = await medianOf(whole, runs, 5);
  const comparedMs = await medianOf(compared, runs, 5);
  const met = (ms: number) => `goal < ${goalMs} ms (${ms < goalMs ? 'met' : 'NOT met'})`;
  const name = `${journalCase.parties.length} parties, ${ecomapCaseSessions} sessions`;
  return [
    { name: `ecomap: model + SVG, ${name}`, medianMs: wholeMs, runs, note: `${met(wholeMs)}; ${size} characters` },
    { name: `ecomap: compare view (2 models + 2 SVGs), ${name}`, medianMs: comparedMs, runs, note: met(comparedMs) },
  ];
}
