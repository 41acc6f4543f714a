/**
 * Supervision briefs for a case of 300 sessions (synthetic, about 1.5 KB of text each, a third
 * of it private): building the model (choosing, de-identifying, scanning for names, charts),
 * then writing DOCX, Markdown and HTML from it. Goal from the issue: DOCX under 1 s.
 */
import { performance } from 'node:perf_hooks';
import { briefBytes, prepareBrief, type PreparedBrief } from '../src/main/exports/brief/briefPipeline';
import { loadLexicon } from '../src/main/exports/lexicon';
import type { Lexicon } from '../src/shared/exports/deidentify/warnings';
import type { BenchRow } from './benchRow';
import { briefSources } from './briefSources';
import { medianOf } from './measure';
import { syntheticJournal } from './syntheticVault';

const sessions = 300;
const runs = 7;

export async function runBriefBenchmarks(): Promise<BenchRow[]> {
  const [journalCase] = syntheticJournal({ cases: 1, entriesPerCase: sessions, seed: 7 });
  if (journalCase === undefined) throw new Error('No synthetic case.');
  const loadStarted = performance.now();
  const lexicon: Lexicon = await loadLexicon();
  const loadMs = performance.now() - loadStarted;

  // The app's own path from a request to a brief, over the synthetic case.
  const sources = briefSources(journalCase, lexicon);
  const prepare = (): Promise<PreparedBrief> =>
    prepareBrief(sources, { caseId: journalCase.id, language: 'es', from: null });
  const brief = await prepare();
  const sizes: Record<string, number> = {};
  const write = (format: 'docx' | 'md' | 'html') => async () => {
    sizes[format] = (await briefBytes(brief, format)).length;
  };
  const kib = (bytes: number | undefined) => `${Math.round((bytes ?? 0) / 1024)} KiB`;
  const model = await medianOf(prepare, runs);
  const docx = await medianOf(write('docx'), runs);
  const markdown = await medianOf(write('md'), runs);
  const html = await medianOf(write('html'), runs);
  return [
    {
      name: `brief: model, ${sessions} sessions`,
      medianMs: model,
      runs,
      note: `${brief.model.excerpts.length} excerpts, ${brief.model.replacements.length} replaced forms, ${brief.model.warnings.length} warnings`,
    },
    { name: 'brief: DOCX', medianMs: docx, runs, note: `goal < 1000 ms; ${kib(sizes['docx'])}, charts as SVG + PNG` },
    { name: 'brief: Markdown', medianMs: markdown, runs, note: kib(sizes['md']) },
    { name: 'brief: HTML', medianMs: html, runs, note: `${kib(sizes['html'])}, charts inline` },
    { name: 'brief: dictionaries, first load', medianMs: loadMs, runs: 1, note: 'once per process' },
  ];
}
