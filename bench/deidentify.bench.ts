/**
 * De-identification as the app runs it. First the adversarial corpus's figure (planted, leaked,
 * flagged), printed by its test through the real vault, services and writers, which this suite
 * runs. Then what de-identification costs in a supervision brief of 300 sessions: every text of
 * the period de-identified and scanned for names and places, and every written file read back
 * and checked again, beside the whole DOCX export of the same brief. Goal from the issue:
 * de-identification under 100 ms of the export.
 */
import { execFile } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { promisify } from 'node:util';
import { briefBytes, prepareBrief, refuseLeftovers } from '../src/main/exports/brief/briefPipeline';
import { writtenText } from '../src/main/exports/brief/writtenText';
import { loadLexicon } from '../src/main/exports/lexicon';
import type { CaseWithEntries } from '../src/shared/domain/case';
import { briefDeidentifier } from '../src/shared/exports/brief/briefDeidentifier';
import { entriesInPeriod, readBriefTexts } from '../src/shared/exports/brief/buildBrief';
import { sharedContent } from '../src/shared/exports/brief/sharedContent';
import { allMarkers } from '../src/shared/exports/deidentify/markers';
import { createPlaceScan } from '../src/shared/exports/deidentify/placeScan';
import { createWarningScan } from '../src/shared/exports/deidentify/warnings';
import type { BenchRow } from './benchRow';
import { briefSources } from './briefSources';
import { median, medianOf } from './measure';
import { syntheticJournal } from './syntheticVault';

const sessions = 300;
const runs = 7;
const run = promisify(execFile);

export async function runDeidentifyBenchmarks(): Promise<BenchRow[]> {
  return [...(await corpusFigure()), ...(await costInABrief())];
}

/** The corpus test's own summary line, from a run of that test. */
async function corpusFigure(): Promise<BenchRow[]> {
  const started = performance.now();
  const test = 'tests/integration/exports/deidentifyCorpus.test.ts';
  const { stdout, stderr } = await run('npx', ['vitest', 'run', '--project', 'unit', test], {
    maxBuffer: 64 * 1024 * 1024,
    timeout: 300_000,
  }).catch((error: { stdout?: string; stderr?: string }) => ({
    stdout: error.stdout ?? '',
    stderr: error.stderr ?? '',
  }));
  const figure = /deidentify corpus: ([^\n]+)/.exec(`${stdout}\n${stderr}`)?.[1] ?? 'no figure printed (see the test)';
  return [
    { name: 'deidentify: corpus in md, html, docx, pdf', medianMs: performance.now() - started, runs: 1, note: figure },
  ];
}

/** The texts a brief of the whole case de-identifies, collected as `buildBrief` reads them. */
function briefTexts(journalCase: CaseWithEntries): string[] {
  const texts: string[] = [];
  const entries = entriesInPeriod(journalCase, { language: 'es' }, '2030-01-01').map(sharedContent);
  readBriefTexts(journalCase, entries, '2030-01-01', {
    party: (partyId) => partyId,
    text: (value) => {
      texts.push(value);
      return value;
    },
  });
  return texts;
}

async function costInABrief(): Promise<BenchRow[]> {
  const [journalCase] = syntheticJournal({ cases: 1, entriesPerCase: sessions, seed: 7 });
  if (journalCase === undefined) throw new Error('No synthetic case.');
  const lexicon = await loadLexicon();
  const texts = briefTexts(journalCase);
  const sources = briefSources(journalCase, lexicon);
  const request = { caseId: journalCase.id, language: 'es' as const, from: null };

  const deidentifyTexts = () => {
    const { deidentifier } = briefDeidentifier({ journalCase, choices: { language: 'es' }, pseudonyms: [], lexicon });
    const names = createWarningScan({
      lexicon,
      safeWords: [],
      pseudonyms: deidentifier.pseudonyms,
      markers: allMarkers,
    });
    const places = createPlaceScan([], 'es');
    // As `buildBrief` does: the texts in one batch, then the scans over the results.
    for (const { text } of deidentifier.texts(texts)) {
      names.scan(text);
      places.scan(text);
    }
  };
  const brief = await prepareBrief(sources, request);
  const written = {
    md: writtenText('md', await briefBytes(brief, 'md')),
    html: writtenText('html', await briefBytes(brief, 'html')),
    docx: writtenText('docx', await briefBytes(brief, 'docx')),
  };
  // Each export prepares its own brief, whose read-back starts with no line checked, and reads back the one
  // file it writes: so does each run, for the DOCX, and for all three formats of one brief.
  const checkAgain = async (formats: readonly (keyof typeof written)[]): Promise<number> => {
    const fresh = await prepareBrief(sources, request);
    const started = performance.now();
    for (const format of formats) refuseLeftovers(fresh, written[format]);
    return performance.now() - started;
  };
  const exportDocx = async () => briefBytes(await prepareBrief(sources, request), 'docx');

  const deidentifyMs = await medianOf(deidentifyTexts, runs);
  const docxSamples: number[] = [];
  const allSamples: number[] = [];
  for (let run = 0; run < runs + 1; run += 1) {
    docxSamples.push(await checkAgain(['docx']));
    allSamples.push(await checkAgain(['md', 'html', 'docx']));
  }
  const checkMs = median(docxSamples.slice(1));
  const allFormatsMs = median(allSamples.slice(1));
  const exportMs = await medianOf(exportDocx, runs);
  const characters = texts.reduce((sum, text) => sum + text.length, 0);
  return [
    {
      name: `deidentify: ${sessions}-session brief, texts and warnings`,
      medianMs: deidentifyMs,
      runs,
      compareTo: 'deidentify: DOCX export of the same brief',
      ratio: deidentifyMs / exportMs,
      note: `${texts.length} texts, ${Math.round(characters / 1024)} KiB`,
    },
    {
      name: 'deidentify: written DOCX read back and checked',
      medianMs: checkMs,
      runs,
      compareTo: 'deidentify: DOCX export of the same brief',
      ratio: checkMs / exportMs,
      note: `goal: with the row above < 100 ms of the export (${Math.round(deidentifyMs + checkMs)} ms)`,
    },
    {
      name: 'deidentify: md, html and docx of one brief read back',
      medianMs: allFormatsMs,
      runs,
      compareTo: 'deidentify: DOCX export of the same brief',
      ratio: allFormatsMs / exportMs,
      note: 'lines the formats share are checked once',
    },
    { name: 'deidentify: DOCX export of the same brief', medianMs: exportMs, runs, note: 'prepare + write + check' },
  ];
}
