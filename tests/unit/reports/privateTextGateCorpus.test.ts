/**
 * The private-text gate against a red team's battery (see `privateTextGateCorpusFixtures.ts`):
 * every attack is refused, naming where the text is and quoting none of it, and every clean
 * report passes. Prints the figures, and the time the gate takes on a large case.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { CaseWithEntries } from '../../../src/shared/domain/case';
import { privatePassagesIn, wordsOf } from '../../../src/shared/domain/report/privatePassages';
import { refusePrivateText } from '../../../src/shared/domain/report/privateTextGate';
import { AppError } from '../../../src/shared/ipc/result';
import { entryContent, storedEntry } from '../journal/journalFixtures';
import { attacks, buildReport, cleanReports, journalOf, type BuiltReport } from './privateTextGateCorpusFixtures';

function refusal(built: BuiltReport): AppError | undefined {
  try {
    refusePrivateText(built.report, built.version, built.journalCase, built.overrideReason);
    return undefined;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
}

/** Every text an attack adds to the base report. */
function attackTexts(spec: (typeof attacks)[number]['spec']): string[] {
  return [
    spec.title,
    spec.court,
    spec.caregiverViewAbsentReason,
    spec.submittedCourt,
    spec.overrideReason,
    spec.reference,
    ...Object.values(spec.sections ?? {}).flatMap((statements) =>
      statements.flatMap((statement) =>
        typeof statement === 'string'
          ? [statement]
          : [statement.text, ...(statement.by !== undefined && 'name' in statement.by ? [statement.by.name] : [])],
      ),
    ),
    ...(spec.comments ?? []).flatMap((comment) => [comment.words, comment.line, comment.note]),
  ].filter((text): text is string => text !== undefined);
}

/** Whether `message` holds four words in a row of `text` (three may be its own: "in the report"). */
function quotes(message: string, text: string): boolean {
  const said = ` ${wordsOf(message).join(' ')} `;
  const words = wordsOf(text);
  return words.slice(3).some((_, index) => said.includes(` ${words.slice(index, index + 4).join(' ')} `));
}

const refused: string[] = [];
const passed: string[] = [];

describe('the private-text gate against a red team’s battery', () => {
  it('holds at least 60 attacks of every class in both languages, and 20 clean reports', () => {
    expect(attacks.length).toBeGreaterThanOrEqual(60);
    expect(cleanReports.length).toBeGreaterThanOrEqual(20);
    for (const kind of ['field', 'source', 'disguise', 'edit'] as const) {
      for (const language of ['es', 'en'] as const) {
        expect(attacks.filter((attack) => attack.kind === kind && attack.language === language).length).toBeGreaterThan(
          3,
        );
      }
    }
  });

  describe.each(attacks.map((attack) => [`${attack.kind} (${attack.language}): ${attack.name}`, attack] as const))(
    'refuses %s',
    (_, attack) => {
      it('naming the place, quoting nothing', () => {
        const error = refusal(buildReport(attack.language, attack.spec));
        expect(error?.code).toBe('report-private-text');
        expect(error?.message).toContain(attack.place);
        for (const text of attackTexts(attack.spec)) expect(quotes(error?.message ?? '', text)).toBe(false);
        refused.push(attack.name);
      });
    },
  );

  describe.each(cleanReports.map((clean) => [`(${clean.language}) ${clean.name}`, clean] as const))(
    'lets a clean report through: %s',
    (_, clean) => {
      it('without a finding', () => {
        const error = refusal(clean.build());
        expect(error?.message).toBeUndefined();
        passed.push(clean.name);
      });
    },
  );

  afterAll(() => {
    console.log(
      `court-report gate: attacks refused ${refused.length}/${attacks.length}, clean reports passed ${passed.length}/${cleanReports.length}`,
    );
  });
});

/** A seeded generator, so the large case is the same on every run. */
function generator(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = Math.imul(state ^ (state >>> 15), 1 | state);
    value = (value + Math.imul(value ^ (value >>> 7), 61 | value)) ^ value;
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  return { next, pick };
}

/**
 * Prose in the journal's register or the report's: the same people and the same ordinary phrases
 * in both, every other word drawn from a vocabulary of 3 000 where a few words are common and
 * most are rare, as in a language.
 */
function prose(random: ReturnType<typeof generator>, words: number, register: 'journal' | 'report'): string {
  const openers =
    register === 'journal'
      ? ['Sentí que', 'Me frustra que', 'No sé si', 'Creo que', 'Me pregunto si', 'Tengo miedo de que', 'Noté que', '']
      : [
          'Se observa que',
          'Se informa que',
          'Según refiere la familia,',
          'Se recomienda que',
          'Durante la visita,',
          '',
        ];
  const people = ['la madre', 'Rosa', 'Tomás', 'María José', 'Jorge', 'la abuela', 'el niño', 'la profesora'];
  const ordinary = [
    'asistió puntualmente a la sesión',
    'asistió a la entrevista en el programa',
    'no se observan indicadores de riesgo',
    'llegó a la visita domiciliaria',
    'mantiene una rutina estable',
  ];
  const small = ['de', 'la', 'que', 'en', 'el', 'y', 'con', 'por', 'se', 'no'];
  const word = () => `palabra${Math.floor(3000 ** random.next()) - 1}`;
  const sentences: string[] = [];
  let count = 0;
  while (count < words) {
    const body =
      random.next() < 0.3
        ? random.pick(ordinary)
        : Array.from({ length: 3 + Math.floor(random.next() * 4) }, () => `${random.pick(small)} ${word()}`).join(' ');
    const sentence = `${random.pick(openers)} ${random.pick(people)} ${body}.`.trim();
    sentences.push(sentence);
    count += sentence.split(/\s+/).length;
  }
  return sentences.join(' ');
}

describe('the time the gate takes', () => {
  it('checks a 300-session journal against a 13 000-word report in time that grows with the text, not with journal × report', () => {
    const random = generator(7);
    const base = journalOf('es');
    const entries = Array.from({ length: 300 }, (_, index) => {
      const content = entryContent({
        sections: [
          { id: 'what', title: 'Lo que pasó', visibility: 'supervision', text: prose(random, 250, 'journal') },
          { id: 'mine', title: 'Mi reflexión', visibility: 'private', text: prose(random, 200, 'journal') },
          { id: 'court', title: 'Para el tribunal', visibility: 'reportable', text: prose(random, 150, 'report') },
        ],
        promptAnswers: [{ promptId: 'start-caregiver-fears', answer: prose(random, 40, 'journal') }],
        feelingNote: prose(random, 20, 'journal'),
        supervisionQuestions: [prose(random, 20, 'journal')],
      });
      const entry = storedEntry(`e${index}`, content);
      if (index % 4 === 0)
        entry.history = [{ editedAt: '2025-03-06T10:00:00.000Z', reason: 'Corrijo', previous: content }];
      return entry;
    });
    const journal: CaseWithEntries = { ...base, entries };
    // About 13 000 words: 160 statements of 80, written from the same stock as the journal.
    const report = Array.from({ length: 160 }, () => prose(random, 80, 'report'));
    const journalTexts = entries.flatMap((entry) => [
      ...entry.sections.map((section) => section.text),
      ...entry.promptAnswers.map((answer) => answer.answer ?? ''),
      entry.feelingNote ?? '',
      ...entry.supervisionQuestions,
    ]);
    const reportWords = report.reduce((sum, text) => sum + wordsOf(text).length, 0);
    expect(reportWords).toBeGreaterThan(13_000);

    const time = (run: () => void, runs = 5) => {
      const times = Array.from({ length: runs }, () => {
        const started = performance.now();
        run();
        return performance.now() - started;
      });
      return Math.min(...times);
    };
    // What any check must do: read every text once, the one normalisation, word by word.
    const reading = time(() => {
      for (const text of [...journalTexts, ...report]) wordsOf(text);
    });
    // A quarter of the journal against a quarter of the report: linear, it takes a quarter of the
    // time; growing with journal × report, a sixteenth. Timed in turn, so a busy machine slows both alike.
    const quarterReport = report.slice(0, report.length / 4);
    const quarterJournal: CaseWithEntries = { ...journal, entries: entries.slice(0, entries.length / 4) };
    let gate = Infinity;
    let quarter = Infinity;
    for (let round = 0; round < 5; round++) {
      gate = Math.min(
        gate,
        time(() => privatePassagesIn(report, journal, [report.map((_, index) => index)]), 1),
      );
      quarter = Math.min(
        quarter,
        time(() => privatePassagesIn(quarterReport, quarterJournal, [quarterReport.map((_, index) => index)]), 1),
      );
    }
    console.log(
      `court-report gate: 300 sessions against a ${reportWords}-word report in ${gate.toFixed(0)} ms, a quarter of both in ${quarter.toFixed(0)} ms (reading their texts once: ${reading.toFixed(0)} ms)`,
    );
    // Four times the text: four times the time if linear, sixteen if it grew with the product. Measured
    // 6–8× here (word triples the report and the journal share are seeds, and they grow with both), so
    // the bound is set between that and the product.
    expect(gate).toBeLessThan(quarter * 12);
  });
});
