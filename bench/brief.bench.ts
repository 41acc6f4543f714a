/**
 * Supervision briefs for a case of 300 sessions (synthetic, about 1.5 KB of text each, a third
 * of it private): building the model (choosing, de-identifying, scanning for names, charts),
 * then writing DOCX, Markdown and HTML from it; and the DOCX export end to end through the
 * export service the IPC router calls, over a real vault: the review's preview, then the export
 * (the save dialog answers at once), which writes, reads back, saves and logs the file. Goal from
 * the issue: DOCX under 1 s end to end.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { briefBytes, prepareBrief, type PreparedBrief } from '../src/main/exports/brief/briefPipeline';
import { loadLexicon } from '../src/main/exports/lexicon';
import type { CaseWithEntries } from '../src/shared/domain/case';
import type { Lexicon } from '../src/shared/exports/deidentify/warnings';
import { createTestServices } from '../tests/support/services';
import type { BenchRow } from './benchRow';
import { briefSources } from './briefSources';
import { median, medianOf } from './measure';
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
  const write = (format: 'md' | 'html') => async () => {
    sizes[format] = (await briefBytes(brief, format)).length;
  };
  const kib = (bytes: number | undefined) => `${Math.round((bytes ?? 0) / 1024)} KiB`;
  const model = await medianOf(prepare, runs);
  // Each DOCX from a brief of its own, as an export makes it: its charts drawn, every line read back.
  const docxSamples: number[] = [];
  for (let run = 0; run < runs + 2; run += 1) {
    const fresh = await prepare();
    const started = performance.now();
    sizes['docx'] = (await briefBytes(fresh, 'docx')).length;
    if (run >= 2) docxSamples.push(performance.now() - started);
  }
  const docx = median(docxSamples);
  const markdown = await medianOf(write('md'), runs);
  const html = await medianOf(write('html'), runs);
  const exported = await exportThroughServices(journalCase);
  return [
    {
      name: `brief: model, ${sessions} sessions`,
      medianMs: model,
      runs,
      note: `${brief.model.excerpts.length} excerpts, ${brief.model.replacements.length} replaced forms, ${brief.model.warnings.length} warnings`,
    },
    {
      name: 'brief: DOCX',
      medianMs: docx,
      runs,
      note: `${kib(sizes['docx'])}, charts as SVG + PNG, from a brief of its own each time`,
    },
    { name: 'brief: Markdown', medianMs: markdown, runs, note: kib(sizes['md']) },
    { name: 'brief: HTML', medianMs: html, runs, note: `${kib(sizes['html'])}, charts inline` },
    { name: 'brief: dictionaries, first load', medianMs: loadMs, runs: 1, note: 'once per process' },
    {
      name: 'brief: preview through the export service',
      medianMs: exported.preview,
      runs,
      note: 'what the review shows before an export',
    },
    {
      name: 'brief: DOCX export through the export service',
      medianMs: exported.export,
      runs,
      note: `goal < 1000 ms end to end; after the preview: written, read back, saved and logged`,
    },
  ];
}

/**
 * The review's preview and then the DOCX export, each a call of the export service, over the case
 * in a real vault: medians of the preview and of the export that follows it. Each brief covers
 * the whole case (`from: null`), so every run is the same size although each export is logged.
 */
async function exportThroughServices(journalCase: CaseWithEntries): Promise<{ preview: number; export: number }> {
  const folder = await mkdtemp(path.join(tmpdir(), 'alianza-brief-bench-'));
  let saved = 0;
  const services = createTestServices({
    settingsDirectory: folder,
    vaultDirectory: path.join(folder, 'vault'),
    chooseSavePath: () => Promise.resolve(path.join(folder, `brief-${(saved += 1)}.docx`)),
  });
  try {
    await services.vault.create('benchmark passphrase for the briefs');
    await services.journal.open().store.addCases([journalCase]);
    const request = { caseId: journalCase.id, language: 'es' as const, from: null };
    const previews: number[] = [];
    const exports: number[] = [];
    for (let run = 0; run < runs + 2; run += 1) {
      let started = performance.now();
      await services.exports.previewBrief(request);
      const preview = performance.now() - started;
      started = performance.now();
      const result = await services.exports.exportBrief({ ...request, format: 'docx' });
      const exported = performance.now() - started;
      if (result.status !== 'saved') throw new Error('The export was not saved.');
      if (run < 2) continue;
      previews.push(preview);
      exports.push(exported);
    }
    return { preview: median(previews), export: median(exports) };
  } finally {
    await services.shutdown();
    await rm(folder, { recursive: true, force: true });
  }
}
