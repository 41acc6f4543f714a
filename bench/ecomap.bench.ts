/**
 * The family's ecomap of a case with 12 parties and 500 sessions: the model for the whole case
 * and the SVG drawn from it, as the case screen does on opening (goal from the issue: < 200 ms);
 * and what the ecomap adds to the supervision brief's DOCX of that case, with and without it in
 * turns, each DOCX from a brief of its own so its charts are drawn every time, as an export does.
 */
import { briefBytes, buildPreparedBrief, type PreparedBrief } from '../src/main/exports/brief/briefPipeline';
import { ecomapChartSvg, type EcomapChartLabels } from '../src/shared/charts';
import type { CaseWithEntries } from '../src/shared/domain/case';
import { buildEcomap, compareEcomaps } from '../src/shared/ecomap';
import { briefBlocks } from '../src/shared/exports/brief/briefBlocks';
import type { BriefPart } from '../src/shared/exports/brief/briefParts';
import { emptyCaseExports } from '../src/shared/exports/exportLog';
import type { BenchRow } from './benchRow';
import { ecomapCase, ecomapCaseSessions } from './ecomapCase';
import { alternatingMedians, garbageCollector, medianOf } from './measure';

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
  // The alliance part only, where the ecomap sits: in a whole brief of 500 sessions its share is
  // smaller than the spread of two runs on a shared machine.
  const alliancePart = await briefDocxWithAndWithout(journalCase, ['alliance']);
  const added = (docx: { with: number; without: number }) =>
    `the ecomap adds ${Math.round(docx.with - docx.without)} ms`;
  const docxRows = (what: string, docx: { with: number; without: number }): BenchRow[] => [
    { name: `ecomap: ${what} DOCX with it, ${name}`, medianMs: docx.with, runs: docxRuns, note: added(docx) },
    { name: `ecomap: ${what} DOCX without it, ${name}`, medianMs: docx.without, runs: docxRuns, note: 'in turns' },
  ];
  return [
    { name: `ecomap: model + SVG, ${name}`, medianMs: wholeMs, runs, note: `${met(wholeMs)}; ${size} characters` },
    { name: `ecomap: compare view (2 models + 2 SVGs), ${name}`, medianMs: comparedMs, runs, note: met(comparedMs) },
    ...docxRows('alliance part only', alliancePart),
  ];
}

const docxRuns = 11;

/** Medians of the brief's DOCX (whole case, Spanish, the parts given) with the ecomap and with its blocks left out. */
async function briefDocxWithAndWithout(
  journalCase: CaseWithEntries,
  parts: BriefPart[],
): Promise<{ with: number; without: number }> {
  const prepare = (): PreparedBrief =>
    buildPreparedBrief(
      {
        journalCase,
        record: emptyCaseExports(journalCase.id),
        producedOn: '2030-01-01',
        lexicon: { isWord: () => false },
      },
      { caseId: journalCase.id, language: 'es', from: null, parts },
    );
  let fresh = { with: prepare(), without: prepare() };
  const collect = garbageCollector();
  return alternatingMedians(
    {
      with: () => briefBytes(fresh.with, 'docx'),
      without: () => briefBytes(fresh.without, 'docx'),
    },
    {
      runs: docxRuns,
      ...(collect === undefined ? {} : { settle: collect }),
      before: () => {
        const without = prepare();
        const { ecomap: _left, ...model } = without.model;
        fresh = { with: prepare(), without: { ...without, model, blocks: briefBlocks(model, without.labels) } };
      },
    },
  );
}
