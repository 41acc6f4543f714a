/**
 * The de-identification corpus through the real brief pipeline: the cases of
 * `tests/fixtures/deidentify` are written into a real vault through the journal service, their
 * supervision briefs are exported as Markdown, HTML and DOCX through the save dialog and as PDF
 * (Chromium printing the brief's HTML, poppler reading the text back), and every planted
 * identifier is looked for in every file and in the file name the app suggests. It prints one
 * line per language and format, a total, and every leak, then asserts that nothing leaked, every
 * unlisted name and quasi-identifier was flagged (or removed), every near-miss kept and no
 * private text left the journal. It is the target of the de-identifier: expect it to fail until
 * that work is done. DEIDENTIFY_CORPUS_OUT=/some/folder keeps the exported briefs.
 *
 * Comparison is on folded text: NFKC, HTML entities decoded, soft hyphens and zero-width
 * characters removed, lower case, no accents. A piece survives when it is there as a whole token
 * (no letter against a letter, no digit against a digit, at either end), or, when it has at least
 * six letters and digits, when they are there in a row with everything else removed: so
 * "8123 4567" is found as "81234567" and "Rosa**linda**" as "rosalinda". The Markdown is read
 * both as typed and as a common viewer renders it (raw HTML included); the HTML as text and
 * attributes; the DOCX from every XML part (body, properties, link targets, charts).
 */
import { spawn, execFile } from 'node:child_process';
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { JSDOM } from 'jsdom';
import { Marked } from 'marked';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServices, type Services } from '../../../src/main/services';
import type { EntryContent } from '../../../src/shared/domain/entry';
import type { PreviewBriefResponse } from '../../../src/shared/exports/requests';
import { englishCases } from '../../fixtures/deidentify/corpus.en';
import { spanishCases } from '../../fixtures/deidentify/corpus.es';
import {
  plantedCategories,
  type CorpusCase,
  type NearMiss,
  type PlantedCategory,
  type PlantedItem,
} from '../../fixtures/deidentify/corpusTypes';
import { removeFolder, temporaryFolder } from '../../unit/vault/fixtures';
import { unzip } from './support';

const run = promisify(execFile);
const cases: CorpusCase[] = [...spanishCases, ...englishCases];
const languages = ['es', 'en'] as const;
const formats = ['md', 'html', 'docx', 'pdf'] as const;
type Format = (typeof formats)[number];

// ------------------------------------------------------------------------------------------------
// Folding and matching
// ------------------------------------------------------------------------------------------------

const { document } = new JSDOM('').window;
const decoder = document.createElement('textarea');

/** HTML and XML entities decoded (`&aacute;`, `&#74;`, `&shy;`, `&amp;`). */
function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  decoder.innerHTML = text.replace(/</g, '&lt;');
  return decoder.value;
}

const invisible = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;
/** Stands where a planted text was blanked out of the corpus: a letter, so it breaks words and runs. */
const blank = ' \u01C2 ';

function fold(text: string): string {
  return decodeEntities(text)
    .normalize('NFKC')
    .replace(invisible, '')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[‘’]/g, "'")
    .replace(/\s+/g, ' ');
}

function compact(folded: string): string {
  return folded.replace(/[^\p{L}\p{N}]/gu, '');
}

interface Folded {
  text: string;
  compact: string;
}

function folded(text: string): Folded {
  const value = fold(text);
  return { text: value, compact: compact(value) };
}

const letter = /\p{L}/u;
const digit = /\p{N}/u;
/** A piece's end is a boundary when the character beyond it is not of the same kind (letter, digit). */
function sameKind(a: string | undefined, b: string | undefined): boolean {
  if (a === undefined || b === undefined) return false;
  return (letter.test(a) && letter.test(b)) || (digit.test(a) && digit.test(b));
}

function wordMatch(haystack: string, needle: string): boolean {
  if (needle === '') return false;
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
    const before = haystack[at - 1];
    const after = haystack[at + needle.length];
    if (!sameKind(before, needle[0]) && !sameKind(after, needle[needle.length - 1])) return true;
  }
  return false;
}

/** Compact matching needs a piece long enough not to turn up by chance across words. */
const compactMinimum = 6;

function found(views: readonly Folded[], piece: string): boolean {
  const needle = fold(piece).trim();
  const squeezed = compact(needle);
  return views.some(
    (view) => wordMatch(view.text, needle) || (squeezed.length >= compactMinimum && view.compact.includes(squeezed)),
  );
}

/** Near-misses must be there as written (spacing aside). */
function kept(views: readonly Folded[], text: string): boolean {
  const needle = fold(text).trim();
  return views.some((view) => wordMatch(view.text, needle));
}

const piecesOf = (item: PlantedItem): string[] => item.mustNotContain ?? [item.text];
const show = (text: string) => JSON.stringify(text).replace(/\\u00ad/gi, '\\u00AD');

// ------------------------------------------------------------------------------------------------
// The texts of a document, as a reader would see them
// ------------------------------------------------------------------------------------------------

/** A common markdown viewer: GitHub-flavoured, raw HTML rendered as HTML (as most viewers do). */
const viewer = new Marked({ gfm: true, async: false });

function domViews(html: string): string[] {
  const dom = new JSDOM(html);
  const root = dom.window.document.documentElement;
  const pieces: string[] = [];
  const walker = dom.window.document.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) pieces.push(node.nodeValue ?? '');
  const attributes = [...root.querySelectorAll('*')].flatMap((element) =>
    [...element.attributes].map((attribute) => attribute.value),
  );
  return [root.textContent, pieces.join(' '), attributes.join(' \n ')];
}

function markdownViews(markdown: string): string[] {
  return [markdown, ...domViews(`<body>${viewer.parse(markdown) as string}</body>`)];
}

function xmlViews(xml: string): string[] {
  return [decodeEntities(xml.replace(/<[^>]+>/g, '')), decodeEntities(xml.replace(/<[^>]+>/g, ' '))];
}

/** Every text of a DOCX that Word shows or keeps: body, headers, properties, link targets, charts. */
function docxViews(archive: Buffer): string[] {
  const parts = [...unzip(archive)].filter(([name]) => /\.(?:xml|rels|svg)$/i.test(name));
  const views = parts.map(([, bytes]) => xmlViews(bytes.toString('utf8')));
  return [views.map((view) => view[0]).join('\n'), views.map((view) => view[1]).join('\n')];
}

// ------------------------------------------------------------------------------------------------
// The corpus's own fields
// ------------------------------------------------------------------------------------------------

interface Field {
  /** Where the text sits, as the report names it. */
  where: string;
  text: string;
  /** Private: must never reach a brief. */
  private: boolean;
}

function entryFields(content: EntryContent, prefix = ''): Field[] {
  const fields: Field[] = [];
  const add = (where: string, text: string | undefined, isPrivate = false) => {
    if (text !== undefined && text.trim() !== '') fields.push({ where: prefix + where, text, private: isPrivate });
  };
  const ruptured = content.tensions.some((tension) => tension.rupture !== 'none');
  for (const section of content.sections) {
    const isPrivate = section.visibility === 'private' || prefix !== '';
    add(`section title (${section.visibility})`, section.title, isPrivate);
    add(`section text (${section.visibility})`, section.text, isPrivate);
    if (section.statementBy !== undefined && 'name' in section.statementBy)
      add('statement by', section.statementBy.name, isPrivate);
  }
  for (const answer of content.promptAnswers) add('prompt answer', answer.answer, true);
  for (const tension of content.tensions)
    add(tension.rupture === 'none' ? 'tension note (no rupture)' : 'tension note', tension.note, prefix !== '');
  for (const use of content.strategies)
    add(ruptured ? 'strategy note' : 'strategy note (no rupture)', use.note, prefix !== '');
  for (const note of content.relationships) add('relationship note', note.note, prefix !== '');
  add(
    `feeling note (${content.feelingsVisibility})`,
    content.feelingNote,
    content.feelingsVisibility === 'private' || prefix !== '',
  );
  for (const question of content.supervisionQuestions) add('supervision question', question, prefix !== '');
  return fields;
}

function caseFields(journalCase: CorpusCase): Field[] {
  return [
    { where: 'case alias', text: journalCase.request.alias, private: false },
    ...journalCase.request.parties.flatMap((party) =>
      party.relationship === undefined
        ? []
        : [{ where: 'party relationship', text: party.relationship, private: false }],
    ),
    ...journalCase.request.goals.map((goal) => ({ where: 'case goal', text: goal.description, private: false })),
    ...journalCase.entries.flatMap((entry) => [
      ...(entry.earlier ?? []).flatMap((earlier) => entryFields(earlier, 'earlier version: ')),
      ...entryFields(entry.content),
    ]),
  ];
}

/** A note's own views: as typed, and as a markdown viewer shows it (tags dropped the quick way). */
function noteViews(text: string): Folded[] {
  const html = viewer.parse(text) as string;
  return [text, decodeEntities(html.replace(/<[^>]+>/g, '')), decodeEntities(html.replace(/<[^>]+>/g, ' '))].map(
    folded,
  );
}

function corpusViews(texts: readonly string[]): Folded[] {
  return texts.flatMap(noteViews);
}

function blankOut(text: string, planted: readonly string[]): string {
  return planted.reduce((value, item) => value.split(item).join(blank), text);
}

// ------------------------------------------------------------------------------------------------
// Chromium, for the PDF
// ------------------------------------------------------------------------------------------------

async function available(command: string): Promise<boolean> {
  try {
    await run('sh', ['-c', `command -v ${command}`]);
    return true;
  } catch {
    return false;
  }
}

const chromium = '/usr/bin/chromium';
const canPrint =
  (await stat(chromium)
    .then(() => true)
    .catch(() => false)) && (await available('pdftotext'));
if (!canPrint) {
  const message =
    '!!! deidentify corpus: /usr/bin/chromium or pdftotext is missing, so the PDF brief is NOT checked ' +
    '(apt-get install chromium poppler-utils to check it).';
  if (process.env['E2E_REQUIRED'] === '1') throw new Error(message);
  console.warn(message);
}

/** Prints HTML to PDF with headless Chromium in a process group of its own, killed if it hangs. */
function printWithChromium(folder: string): (html: string) => Promise<Uint8Array> {
  let count = 0;
  return async (html) => {
    count += 1;
    // Each print has its own profile: Chromium hands a second start on one profile to the first.
    const print = count;
    const input = path.join(folder, `print-${print}.html`);
    const output = path.join(folder, `print-${print}.pdf`);
    await writeFile(input, html);
    const args = [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--no-first-run',
      `--user-data-dir=${path.join(folder, `chromium-profile-${print}`)}`,
      '--no-pdf-header-footer',
      `--print-to-pdf=${output}`,
      pathToFileURL(input).href,
    ];
    await new Promise<void>((resolve, reject) => {
      const child = spawn(chromium, args, { detached: true, stdio: 'ignore' });
      const timer = setTimeout(() => {
        if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
        reject(new Error('Chromium did not print the brief within 40 s.'));
      }, 40_000);
      child.on('error', (error) => {
        clearTimeout(timer);
        reject(error);
      });
      child.on('exit', () => {
        clearTimeout(timer);
        resolve();
      });
    });
    return readFile(output);
  };
}

async function pdfText(file: string): Promise<string> {
  const { stdout } = await run('pdftotext', ['-enc', 'UTF-8', file, '-'], { maxBuffer: 64 * 1024 * 1024 });
  return stdout;
}

// ------------------------------------------------------------------------------------------------
// The corpus is sound
// ------------------------------------------------------------------------------------------------

describe('the de-identification corpus', () => {
  it('plants every item in a note, finds each piece only where it was planted, and keeps near-misses clear', () => {
    const problems: string[] = [];
    for (const journalCase of cases) {
      const fields = caseFields(journalCase);
      const open = fields.filter((field) => !field.private);
      const texts = open.map((field) => field.text);
      const perNote = texts.map(noteViews);
      const whole = perNote.flat();
      const seen = new Set<string>();
      for (const item of journalCase.planted) {
        const label = `${journalCase.key} ${item.category} ${show(item.text)}`;
        if (item.language !== journalCase.language) problems.push(`${label}: language ${item.language}`);
        if (seen.has(item.text)) problems.push(`${label}: planted twice`);
        seen.add(item.text);
        if (!open.some((field) => field.text.includes(item.text))) problems.push(`${label}: not in any shared field`);
        const others = texts.flatMap((text, index) =>
          text.includes(item.text) ? noteViews(blankOut(text, [item.text])) : (perNote[index] ?? []),
        );
        for (const piece of piecesOf(item)) {
          if (!found(whole, piece)) problems.push(`${label}: piece ${show(piece)} is not in the notes`);
          if (found(others, piece)) problems.push(`${label}: piece ${show(piece)} is also found elsewhere`);
        }
      }
      const cleared = corpusViews(
        texts.map((text) =>
          blankOut(
            text,
            journalCase.planted.map((item) => item.text),
          ),
        ),
      );
      for (const nearMiss of journalCase.nearMisses) {
        if (!kept(whole, nearMiss.text))
          problems.push(`${journalCase.key} near-miss ${show(nearMiss.text)}: not in the notes`);
        if (!kept(cleared, nearMiss.text))
          problems.push(`${journalCase.key} near-miss ${show(nearMiss.text)}: overlaps a planted item`);
        const withoutIt = texts.flatMap((text) => noteViews(blankOut(text, [nearMiss.text])));
        if (kept(withoutIt, nearMiss.text))
          problems.push(`${journalCase.key} near-miss ${show(nearMiss.text)}: also found elsewhere`);
      }
      for (const marker of journalCase.privateMarkers) {
        if (found(whole, marker)) problems.push(`${journalCase.key} ${marker}: in a shared field`);
        if (!fields.some((field) => field.private && field.text.includes(marker)))
          problems.push(`${journalCase.key} ${marker}: in no private field`);
      }
    }
    expect(problems).toEqual([]);

    const planted = cases.flatMap((journalCase) => journalCase.planted);
    const nearMisses = cases.flatMap((journalCase) => journalCase.nearMisses);
    expect(planted.length).toBeGreaterThanOrEqual(220);
    expect(nearMisses.length).toBeGreaterThanOrEqual(40);
    for (const language of languages) {
      const ofLanguage = planted.filter((item) => item.language === language);
      for (const category of plantedCategories) {
        expect(
          ofLanguage.filter((item) => item.category === category).length,
          `${language} ${category}`,
        ).toBeGreaterThanOrEqual(12);
      }
    }
  });
});

// ------------------------------------------------------------------------------------------------
// Through the real brief pipeline
// ------------------------------------------------------------------------------------------------

interface CaseOutput {
  journalCase: CorpusCase;
  preview: PreviewBriefResponse;
  views: Partial<Record<Format, Folded[]>>;
}

/** The flags the preview gives: name warnings and places that could identify the family. */
function flagsOf(preview: PreviewBriefResponse): string[] {
  return [...preview.warnings.map((warning) => warning.word), ...preview.places.map((place) => place.text)];
}

function isFlagged(item: PlantedItem, flags: readonly string[]): boolean {
  const candidates = [item.text, ...(item.flagAs ?? [])].map((text) => fold(text).trim());
  return flags.some((flag) => candidates.some((candidate) => wordMatch(fold(flag), candidate)));
}

describe('the corpus through the real brief pipeline', () => {
  let root = '';
  let services: Services | undefined;
  const outputs: CaseOutput[] = [];

  beforeAll(async () => {
    root = await temporaryFolder('alianza-corpus-');
    // DEIDENTIFY_CORPUS_OUT=/some/folder keeps the exported briefs there, to read what leaked.
    const outbox = process.env['DEIDENTIFY_CORPUS_OUT'] ?? path.join(root, 'outbox');
    const printing = path.join(root, 'printing');
    await mkdir(outbox, { recursive: true });
    await mkdir(printing);
    // Every session is before this day, so each brief, from the start, covers them all.
    let clock = new Date(2025, 2, 28, 9, 0).getTime();
    let answer = '';
    const asked: string[] = [];
    services = createServices({
      settingsDirectory: root,
      vaultDirectory: path.join(root, 'vault'),
      appInfo: {
        name: 'Alianza',
        version: '0.0.0',
        platform: process.platform,
        runtime: 'browser-harness',
        versions: { node: process.versions.node },
        systemLocale: 'es-CL',
      },
      now: () => clock,
      autoLockCheckMilliseconds: 2_000_000_000,
      chooseSavePath: ({ suggestedName }) => {
        asked.push(suggestedName);
        return Promise.resolve(answer);
      },
      ...(canPrint ? { printPdf: printWithChromium(printing) } : {}),
    });
    await services.vault.create('corpus de desidentificación 2025');
    const { journal, exports } = services;

    const prepared: { journalCase: CorpusCase; caseId: string; output: CaseOutput }[] = [];
    for (const journalCase of cases) {
      const created = await journal.createCase(journalCase.request);
      for (const entry of journalCase.entries) {
        for (const earlier of entry.earlier ?? []) {
          await journal.saveEntry({ caseId: created.id, entryId: entry.entryId, content: earlier });
          clock += 60_000;
        }
        await journal.saveEntry({
          caseId: created.id,
          entryId: entry.entryId,
          content: entry.content,
          ...(entry.earlier === undefined ? {} : { reason: 'corrección' }),
        });
        clock += 60_000;
      }
      const request = { caseId: created.id, language: journalCase.language, from: null };
      const preview = await exports.previewBrief(request);
      const output: CaseOutput = { journalCase, preview, views: {} };
      // The written formats through the save dialog, as the app exports them; the file name it
      // suggests travels with the file, so it is read too.
      for (const format of ['md', 'html', 'docx'] as const) {
        answer = path.join(outbox, `${journalCase.key}.${format}`);
        const saved = await exports.exportBrief({ ...request, format, recipient: 'corpus' });
        if (saved.status !== 'saved') throw new Error(`The ${format} brief of ${journalCase.key} was not saved.`);
        const bytes = await readFile(saved.path);
        const texts =
          format === 'md'
            ? markdownViews(bytes.toString('utf8'))
            : format === 'html'
              ? domViews(bytes.toString('utf8'))
              : docxViews(bytes);
        output.views[format] = [...texts, asked.at(-1) ?? ''].map(folded);
      }
      prepared.push({ journalCase, caseId: created.id, output });
      outputs.push(output);
    }
    // Chromium takes seconds to start, so the PDFs print side by side (the path given, as the CLI's --out).
    if (canPrint) {
      await Promise.all(
        prepared.map(async ({ journalCase, caseId, output }) => {
          const file = path.join(outbox, `${journalCase.key}.pdf`);
          const request = { caseId, language: journalCase.language, from: null, format: 'pdf' as const };
          await exports.saveBrief({ ...request, recipient: 'corpus' }, file);
          output.views.pdf = [await pdfText(file), output.preview.suggestedFileNames.pdf].map(folded);
        }),
      );
    }
  }, 150_000);

  afterAll(async () => {
    await services?.shutdown();
    if (root !== '') await removeFolder(root);
  });

  it('leaks nothing, flags every unlisted name and quasi-identifier, keeps every near-miss and every private text', () => {
    const lines: string[] = [];
    const leaks = new Map<PlantedItem, { formats: Format[]; pieces: Set<string>; key: string }>();
    const unflagged: { item: PlantedItem; key: string; presentIn: Format[] }[] = [];
    const lost = new Map<NearMiss, { formats: Format[]; key: string }>();
    const privateLeaks: string[] = [];
    const fieldsOf = new Map<PlantedItem, string[]>();
    for (const { journalCase } of outputs) {
      const fields = caseFields(journalCase).filter((field) => !field.private);
      for (const item of journalCase.planted)
        fieldsOf.set(item, [
          ...new Set(fields.filter((field) => wordMatch(field.text, item.text)).map((f) => f.where)),
        ]);
    }

    const usedFormats = formats.filter((format) => outputs.every((output) => output.views[format] !== undefined));
    if (!usedFormats.includes('pdf')) lines.push('!!! PDF NOT CHECKED: chromium or pdftotext is missing');

    for (const { journalCase, preview, views } of outputs) {
      const flags = flagsOf(preview);
      for (const item of journalCase.planted) {
        const presentIn = usedFormats.filter((format) =>
          piecesOf(item).some((piece) => found(views[format] ?? [], piece)),
        );
        if (item.expect === 'removed') {
          if (presentIn.length > 0) {
            const pieces = new Set(
              piecesOf(item).filter((piece) => usedFormats.some((format) => found(views[format] ?? [], piece))),
            );
            leaks.set(item, { formats: presentIn, pieces, key: journalCase.key });
          }
        } else if (!isFlagged(item, flags) && presentIn.length > 0) {
          unflagged.push({ item, key: journalCase.key, presentIn });
        }
      }
      for (const nearMiss of journalCase.nearMisses) {
        const missing = usedFormats.filter((format) => !kept(views[format] ?? [], nearMiss.text));
        if (missing.length > 0) lost.set(nearMiss, { formats: missing, key: journalCase.key });
      }
      for (const format of usedFormats)
        for (const marker of journalCase.privateMarkers)
          if (found(views[format] ?? [], marker)) privateLeaks.push(`${journalCase.key} ${format} ${marker}`);
    }

    const allPlanted = outputs.flatMap((output) => output.journalCase.planted);
    const allNearMisses = outputs.flatMap((output) => output.journalCase.nearMisses);
    const toFlag = allPlanted.filter((item) => item.expect === 'flagged');
    const byCategory = (items: readonly PlantedItem[]) =>
      plantedCategories
        .map((category): [PlantedCategory, number] => [
          category,
          items.filter((item) => item.category === category).length,
        ])
        .filter(([, count]) => count > 0)
        .map(([category, count]) => `${category} ${count}`)
        .join(', ');

    for (const language of languages) {
      const planted = allPlanted.filter((item) => item.language === language);
      const flaggable = planted.filter((item) => item.expect === 'flagged');
      const nearMisses = allNearMisses.filter((nearMiss) => nearMiss.language === language);
      lines.push(`${language}: planted ${planted.length} (${byCategory(planted)}); near-misses ${nearMisses.length}`);
      for (const format of usedFormats) {
        const leaked = planted.filter((item) => leaks.get(item)?.formats.includes(format) === true);
        const notFlagged = unflagged.filter(
          (entry) => entry.item.language === language && entry.presentIn.includes(format),
        ).length;
        const lostHere = nearMisses.filter((nearMiss) => lost.get(nearMiss)?.formats.includes(format) === true).length;
        const privateHere = privateLeaks.filter((leak) => leak.includes(` ${format} `)).length;
        lines.push(
          `  ${language} ${format.padEnd(4)}: leaked ${leaked.length}/${planted.length - flaggable.length}` +
            `${leaked.length > 0 ? ` (${byCategory(leaked)})` : ''}, flagged ${flaggable.length - notFlagged}/${flaggable.length}, ` +
            `near-misses kept ${nearMisses.length - lostHere}/${nearMisses.length}, private leaked ${privateHere}`,
        );
      }
    }
    const fieldCounts = new Map<string, number>();
    for (const item of allPlanted)
      for (const where of fieldsOf.get(item) ?? []) fieldCounts.set(where, (fieldCounts.get(where) ?? 0) + 1);
    lines.push(
      `planted by field: ${[...fieldCounts]
        .sort((a, b) => b[1] - a[1])
        .map(([where, count]) => `${where} ${count}`)
        .join(', ')}`,
    );
    lines.push(
      `deidentify corpus: planted ${allPlanted.length}, leaked ${leaks.size}, flagged ${toFlag.length - unflagged.length}/${toFlag.length}, ` +
        `near-misses kept ${allNearMisses.length - lost.size}/${allNearMisses.length}, private leaked ${privateLeaks.length}`,
    );
    const describeItem = (item: PlantedItem, key: string) =>
      `${key} ${item.category} ${show(item.text)} [${(fieldsOf.get(item) ?? []).join('; ')}]${item.why === undefined ? '' : ` — ${item.why}`}`;
    for (const [item, leak] of leaks)
      lines.push(
        `LEAK ${describeItem(item, leak.key)} in ${leak.formats.join(',')}: ${[...leak.pieces].map(show).join(', ')}`,
      );
    for (const entry of unflagged)
      lines.push(`NOT FLAGGED ${describeItem(entry.item, entry.key)} (still in ${entry.presentIn.join(',')})`);
    for (const [nearMiss, miss] of lost)
      lines.push(`NEAR-MISS LOST ${miss.key} ${show(nearMiss.text)} in ${miss.formats.join(',')}`);
    for (const leak of privateLeaks) lines.push(`PRIVATE LEAK ${leak}`);
    console.log(lines.join('\n'));

    expect
      .soft(
        [...leaks].map(([item, leak]) => `${leak.key} ${item.category} ${show(item.text)}`),
        'planted identifiers that survived',
      )
      .toEqual([]);
    expect
      .soft(
        unflagged.map((entry) => `${entry.key} ${entry.item.category} ${show(entry.item.text)}`),
        'unlisted names and quasi-identifiers neither flagged nor removed',
      )
      .toEqual([]);
    expect
      .soft(
        [...lost].map(([nearMiss, miss]) => `${miss.key} ${show(nearMiss.text)}`),
        'near-misses lost',
      )
      .toEqual([]);
    expect(privateLeaks, 'private text in a brief').toEqual([]);
  });
});
