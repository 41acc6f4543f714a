import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createJournalStore } from '../../../src/main/journal/journalStore';
import { exportLogOf } from '../../../src/main/exports/exportLog';
import { reportFileOf } from '../../../src/main/reports/reportFile';
import { openVault } from '../../../src/main/vault/openVault';
import type { VaultSession } from '../../../src/main/vault/vaultSession';
import type { CourtReport } from '../../../src/shared/domain/report/report';
import { alianza } from '../../support/cli';
import { reportFor, withSources, withTextIn } from './courtReportSupport';
import { textOf, unzip } from './support';

const passphrase = 'correct horse battery staple';
const fixture = path.resolve(import.meta.dirname, '../../fixtures/interchange-full.json');

let root: string;
let vault: string;
let caseId: string;
let report: CourtReport;

/** Opens the test vault as the CLI does, and locks it again. */
async function withVault<T>(action: (session: VaultSession) => Promise<T>): Promise<T> {
  const session = await openVault({ directory: vault, holder: 'cli', passphrase });
  try {
    return await action(session);
  } finally {
    await session.lock();
  }
}

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'alianza-cli-court-report-'));
  vault = path.join(root, 'vault');
  await alianza(['init', '--vault', vault, '--passphrase-stdin'], [passphrase]);
  await alianza(['import', fixture, '--vault', vault, '--passphrase-stdin'], [passphrase]);
  await withVault(async (session) => {
    const store = createJournalStore(session);
    const cases = await store.listCases();
    caseId = cases.find((summary) => summary.alias === 'Familia R.')!.id;
    // The statement inserted from the journal points at a reportable section of this vault.
    const reportable = (await store.readCase(caseId)).entries.find((entry) =>
      entry.sections.some((section) => section.id === 'hechos'),
    )!;
    report = withSources(reportFor(caseId), { entryId: reportable.id, sectionId: 'hechos' });
    const earlier = reportFor(caseId, { id: 'report-first', title: 'First hearing' });
    // The earlier report was shared but never finalised; the fixture report is the newest, though stored first.
    const older: CourtReport = {
      ...earlier,
      createdAt: '2025-01-10T10:00:00.000Z',
      versions: earlier.versions.slice(0, 1),
      comments: [],
    };
    await reportFileOf(session).update(caseId, (current) => ({
      next: { ...current, reports: [report, older] },
      result: undefined,
    }));
  });
}, 30_000);
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

const courtReport = (out: string, ...extra: string[]) =>
  alianza(['court-report', '--vault', vault, '--passphrase-stdin', '--json', '--out', out, ...extra], [passphrase]);

describe('alianza court-report', () => {
  it('writes the review copy of the newest report, from its newest shared version, and prints one JSON object', async () => {
    const out = path.join(root, 'review.md');
    const run = await courtReport(
      out,
      '--case',
      'familia r.',
      '--kind',
      'review',
      '--format',
      'md',
      '--language',
      'en',
    );
    expect(run.exitCode).toBe(0);
    const bytes = await readFile(out);
    expect(run.json).toMatchObject({
      ok: true,
      out,
      report: { id: report.id, title: 'Review hearing, April' },
      version: 1,
      bytes: bytes.length,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      record: { kind: 'court-report-review', format: 'md', fileName: 'review.md', language: 'en' },
    });
    const text = bytes.toString('utf8');
    expect(text).toContain('> **DRAFT – for your comments**');
    expect(text).toMatch(/^` {2}1` \*\*Fact\*\*/m);
  });

  it('takes the public holidays of a country and region for the comment deadline', async () => {
    const out = path.join(root, 'review-arica.md');
    const run = await courtReport(
      out,
      '--case',
      'Familia R.',
      '--kind',
      'review',
      '--format',
      'md',
      '--language',
      'es',
      '--holidays',
      'CL-AP',
    );
    expect(run.exitCode).toBe(0);
    expect(await readFile(out, 'utf8')).toContain('el día hábil anterior a la audiencia');
  });

  it('writes the final report of a report named by its title, and keeps its hash with the version', async () => {
    const out = path.join(root, 'final.docx');
    const run = await courtReport(
      out,
      '--case',
      caseId,
      '--report',
      'REVIEW HEARING, APRIL',
      '--version',
      '2',
      '--kind',
      'final',
      '--format',
      'docx',
      '--language',
      'es',
    );
    expect(run.exitCode).toBe(0);
    expect(run.json).toMatchObject({ version: 2, record: { kind: 'court-report-final', format: 'docx' } });
    const document = textOf(
      unzip(await readFile(out))
        .get('word/document.xml')!
        .toString('utf8'),
    );
    expect(document).toContain('Cambios tras la revisión de la persona cuidadora');
    const { reports } = await withVault((session) => reportFileOf(session).read(caseId));
    const kept = reports.find((each) => each.id === report.id)?.versions[1]?.documents;
    expect(kept).toEqual([expect.objectContaining({ kind: 'final', format: 'docx', sha256: run.json['sha256'] })]);
  });

  it('refuses a final report of a report without a final version, writing nothing', async () => {
    const out = path.join(root, 'never.md');
    const run = await courtReport(
      out,
      '--case',
      'Familia R.',
      '--report',
      'report-first',
      '--kind',
      'final',
      '--format',
      'md',
    );
    expect(run.exitCode).toBe(1);
    expect(run.json).toMatchObject({ ok: false, error: { code: 'report-step' } });
    await expect(stat(out)).rejects.toThrow();
  });

  it('refuses a report whose text holds private journal text, writing and logging nothing', async () => {
    // The tail of a private reflection of the imported case, re-cased.
    const leaked = withTextIn(
      { ...report, id: 'report-leak', title: 'Leaking', createdAt: '2025-01-01T10:00:00.000Z' },
      'recommendations',
      'Tuvo que PREGUNTARLE a la profesora sin que la abuela supiera.',
    );
    const logged = async () => (await withVault((session) => exportLogOf(session).read(caseId))).exports.length;
    await withVault((session) =>
      reportFileOf(session).update(caseId, (current) => ({
        next: { ...current, reports: [...current.reports, leaked] },
        result: undefined,
      })),
    );
    const before = await logged();
    for (const kind of ['review', 'final']) {
      for (const format of ['md', 'docx']) {
        const out = path.join(root, `leak-${kind}.${format}`);
        const run = await courtReport(out, '--case', caseId, '--report', 'Leaking', '--kind', kind, '--format', format);
        expect(run.exitCode, `${kind} ${format}`).toBe(1);
        expect(run.json).toMatchObject({
          ok: false,
          error: { code: 'report-private-text', message: expect.stringContaining('statement 1 of “Recommendations”') },
        });
        expect(JSON.stringify(run.json)).not.toContain('profesora');
        await expect(stat(out)).rejects.toThrow();
      }
    }
    expect(await logged()).toBe(before);
  });

  it('checks its options before asking for the passphrase, and never overwrites without --force', async () => {
    const kind = await alianza([
      'court-report',
      '--vault',
      vault,
      '--json',
      '--case',
      'x',
      '--kind',
      'summary',
      '--format',
      'md',
      '--out',
      path.join(root, 'x.md'),
    ]);
    expect(kind.json).toMatchObject({
      ok: false,
      error: { code: 'invalid-request', message: expect.stringContaining('--kind') },
    });
    const version = await alianza([
      'court-report',
      '--vault',
      vault,
      '--json',
      '--case',
      'x',
      '--kind',
      'final',
      '--version',
      'two',
      '--format',
      'md',
      '--out',
      path.join(root, 'x.md'),
    ]);
    expect(version.json).toMatchObject({ ok: false, error: { message: expect.stringContaining('--version') } });
    const holidays = await courtReport(
      path.join(root, 'x.md'),
      '--case',
      'x',
      '--kind',
      'review',
      '--format',
      'md',
      '--holidays',
      'Chile',
    );
    expect(holidays.json).toMatchObject({
      ok: false,
      error: { code: 'invalid-request', message: expect.stringContaining('--holidays') },
    });
    const existing = path.join(root, 'existing.md');
    await writeFile(existing, 'keep me');
    const refused = await courtReport(existing, '--case', 'Familia R.', '--kind', 'review', '--format', 'md');
    expect(refused.json).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(await readFile(existing, 'utf8')).toBe('keep me');
    const unknown = await courtReport(
      path.join(root, 'y.md'),
      '--case',
      'Familia R.',
      '--report',
      'Nope',
      '--kind',
      'review',
      '--format',
      'md',
    );
    expect(unknown.json).toMatchObject({ ok: false, error: { code: 'report-not-found' } });
  });

  it('is in the help text', async () => {
    const help = await alianza(['help']);
    expect(help.stdout).toContain('court-report --case ALIAS_OR_ID --kind review|final --format docx|md --out FILE');
  });
});
