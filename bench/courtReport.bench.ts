/**
 * Court reports of 8 sections × 15 statements × ~110 words (synthetic and deterministic), the
 * size the issue takes for "20 pages"; in LibreOffice this prints as about 35 pages of the final
 * report and 42 of the review copy (its numbered lines and comment boxes take room), so the
 * measure errs on the heavy side. Building a document and writing it as DOCX and as Markdown to
 * a temporary folder, and comparing two such versions (a statement removed, every third reworded
 * and one added in each section). Goal from the issue: each under 500 ms.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { reportDocumentBytes } from '../src/main/reports/reportExport';
import { compareVersions } from '../src/shared/domain/report/comparison';
import type { CourtReport, ReportVersion, Statement } from '../src/shared/domain/report/report';
import { reportSectionKinds } from '../src/shared/domain/report/reportTaxonomy';
import { statementTypes } from '../src/shared/domain/taxonomy';
import { buildReportDocument } from '../src/shared/exports/courtReport/buildReportDocument';
import type { ReportCase } from '../src/shared/exports/courtReport/documentInput';
import type { BenchRow } from './benchRow';
import { medianOf } from './measure';

const runs = 9;
const goalMs = 500;
const statementsPerSection = 15;
const wordsPerStatement = 110;

const vocabulary = (
  'la madre asistió a todas las visitas acordadas con el equipo y conversamos sobre la escuela del niño ' +
  'su abuela relató que las noches son difíciles desde el cambio de casa y que pide apoyo para los horarios ' +
  'observé que el niño juega tranquilo cuando la conversación es sobre sus amigos y se inquieta al hablar de la audiencia'
).split(' ');

function text(seed: number): string {
  const words = Array.from(
    { length: wordsPerStatement },
    (_, index) => vocabulary[(seed * 31 + index * 7) % vocabulary.length],
  );
  // Two paragraphs, as practitioners write them.
  return `${words.slice(0, 60).join(' ')}.\n\n${words.slice(60).join(' ')}.`;
}

const journalCase: ReportCase = {
  parties: [
    { id: 'child', role: 'child', name: 'Tomás Rivas', aliases: [] },
    { id: 'mother', role: 'parent', name: 'Carolina Rivas', aliases: [] },
    { id: 'grandmother', role: 'caregiver', name: 'Rosa Muñoz', aliases: [] },
  ],
  reference: 'RIT C-1482-2024',
  entries: Array.from({ length: 40 }, (_, index) => ({
    id: `entry-${index}`,
    sessionDate: `2025-${String(1 + Math.floor(index / 4)).padStart(2, '0')}-${String(3 + (index % 4) * 7).padStart(2, '0')}`,
  })),
};

function statement(sectionIndex: number, index: number): Statement {
  const seed = sectionIndex * statementsPerSection + index;
  const type = statementTypes[seed % statementTypes.length]!;
  return {
    id: `statement-${seed}`,
    text: text(seed),
    type,
    ...(type === 'allegation' ? { by: { partyId: 'grandmother' } } : {}),
    citations: [`entry-${seed % 40}`, `entry-${(seed * 7) % 40}`],
  };
}

function version(number: number, change: (item: Statement, index: number) => Statement | undefined): ReportVersion {
  return {
    number,
    status: number === 1 ? 'shared' : 'final',
    createdAt: '2025-03-20T10:00:00.000Z',
    updatedAt: '2025-03-20T10:00:00.000Z',
    sections: reportSectionKinds.map((kind, sectionIndex) => ({
      kind,
      statements: [
        ...Array.from({ length: statementsPerSection }, (_, index) =>
          change(statement(sectionIndex, index), index),
        ).filter((item): item is Statement => item !== undefined),
        ...(number === 1 ? [] : [{ ...statement(sectionIndex, 99), id: `added-${kind}` }]),
      ],
    })),
    documents: [],
  };
}

export async function runCourtReportBenchmarks(): Promise<BenchRow[]> {
  const first = version(1, (item) => item);
  const second = version(2, (item, index) =>
    index === 0 ? undefined : index % 3 === 0 ? { ...item, text: `${item.text} Además faltó a la última cita.` } : item,
  );
  const report: CourtReport = {
    id: 'report',
    caseId: 'case',
    title: 'Audiencia de revisión',
    court: 'Juzgado de Familia de Pudahuel',
    hearing: { kind: 'review', date: '2025-04-03' },
    reviewWorkingDays: 5,
    createdAt: '2025-03-01T10:00:00.000Z',
    updatedAt: '2025-03-28T10:00:00.000Z',
    versions: [first, second],
    comments: Array.from({ length: 8 }, (_, index) => ({
      id: `comment-${index}`,
      version: 1,
      section: reportSectionKinds[index]!,
      stance: 'disagrees' as const,
      words: text(200 + index),
      recordedOn: '2025-03-26',
      response: { outcome: 'changed' as const, note: text(300 + index).slice(0, 200) },
    })),
  };
  const folder = await mkdtemp(path.join(tmpdir(), 'alianza-bench-court-report-'));
  const sizes: Record<string, number> = {};
  const write = (kind: 'review' | 'final', format: 'docx' | 'md') => async () => {
    const document = buildReportDocument({
      journalCase,
      report,
      version: kind === 'review' ? first : second,
      kind,
      language: 'es',
    });
    const bytes = await reportDocumentBytes(document, format);
    await writeFile(path.join(folder, `${kind}.${format}`), bytes);
    sizes[`${kind}.${format}`] = bytes.length;
  };
  let changed = 0;
  const compare = () => {
    changed = compareVersions(first, second).sections.reduce((sum, section) => sum + section.changed.length, 0);
  };
  try {
    const rows: [string, number, string][] = [
      [
        'court report: review copy, DOCX, build and write',
        await medianOf(write('review', 'docx'), runs),
        'review.docx',
      ],
      ['court report: final report, DOCX, build and write', await medianOf(write('final', 'docx'), runs), 'final.docx'],
      [
        'court report: review copy, Markdown, build and write',
        await medianOf(write('review', 'md'), runs),
        'review.md',
      ],
      ['court report: final report, Markdown, build and write', await medianOf(write('final', 'md'), runs), 'final.md'],
      ['court report: compare two versions of that size', await medianOf(compare, runs), ''],
    ];
    const words = statementsPerSection * reportSectionKinds.length * wordsPerStatement;
    return rows.map(([name, medianMs, file]) => ({
      name,
      medianMs,
      runs,
      note: [
        `goal < ${goalMs} ms: ${medianMs < goalMs ? 'pass' : 'FAIL'}`,
        file === '' ? `${changed} statements changed` : `${Math.round((sizes[file] ?? 0) / 1024)} KiB, ~${words} words`,
      ].join('; '),
    }));
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
