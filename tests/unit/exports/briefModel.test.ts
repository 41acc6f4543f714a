import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CaseWithEntries } from '../../../src/shared/domain/case';
import type { Entry } from '../../../src/shared/domain/entry';
import { briefMarkdown } from '../../../src/shared/exports/brief/briefBlocks';
import { buildBrief, type BriefChoices } from '../../../src/shared/exports/brief/buildBrief';
import { sharedContent } from '../../../src/shared/exports/brief/sharedContent';
import { briefLabels } from '../../../src/shared/exports/labels/briefTexts';
import { entryTexts } from '../../../src/shared/journal/entryTexts';
import { journalCases } from '../domain/arbitraries';
import { entryContent, storedEntry } from '../journal/journalFixtures';
import { familyCase, reference, wordList } from './fixtures';

const lexicon = wordList([]);

function entry(id: string, overrides: Parameters<typeof entryContent>[0]): Entry {
  return storedEntry(id, entryContent({ attendees: [], ...overrides }));
}

const journalCase = familyCase({
  reference,
  entries: [
    entry('late', {
      sessionDate: '2025-03-21',
      phase: 'evaluation',
      sections: [],
      tensions: [
        {
          type: 'duty-to-report',
          indicators: ['repeated-absences', 'denial'],
          parties: ['p-mother'],
          intensity: 3,
          rupture: 'confrontation',
          repairSteps: [],
          note: 'Majo gritó.',
        },
      ],
      strategies: [{ kind: 'counterproductive', strategy: 'warning-court-report', outcome: 'not-resolved' }],
      ratings: {
        practitioner: { bond: 3, goals: 2, tasks: 4 },
        caregiver: { bond: 7, goals: 6, tasks: 5, partyId: 'p-mother' },
      },
      feelingsVisibility: 'supervision',
      feelings: ['feeling-questioned'],
      feelingNote: 'Me sentí cuestionada por Majo.',
      supervisionQuestions: ['¿Debo informar lo que dijo Tomi?'],
    }),
    entry('early', {
      sessionDate: '2025-03-14',
      sections: [
        { id: 's1', title: 'Lo que pasó', visibility: 'supervision', text: 'María José llegó tarde.' },
        { id: 's2', title: 'Mi reflexión', visibility: 'private', text: 'Texto privado sobre Rosa.' },
        {
          id: 's3',
          title: 'Para el informe',
          visibility: 'reportable',
          statementType: 'allegation',
          statementBy: { partyId: 'p-grandmother' },
          text: 'La abuela refiere que Tomás faltó.',
        },
        { id: 's4', title: 'Vacía', visibility: 'supervision', text: '   ' },
      ],
      feelingNote: 'Nota privada de sentimientos.',
      supervisionQuestions: [],
    }),
    entry('outside', { sessionDate: '2025-04-30', phase: 'intervention' }),
  ],
});

function build(choices: Partial<BriefChoices> = {}) {
  return buildBrief({
    journalCase,
    choices: { language: 'es', ...choices },
    producedOn: '2025-04-01',
    pseudonyms: [],
    safeWords: [],
    lexicon,
  });
}

describe('the brief model', () => {
  it('covers the sessions of the period, oldest first, with the first-page facts', () => {
    const model = build();
    expect(model.facts).toEqual({
      caseLabel: 'Familia [nombre]',
      period: { from: '2025-03-14', to: '2025-04-01' },
      phases: ['start', 'evaluation'],
      sessions: 2,
      sessionsWithAbsences: 1,
      producedOn: '2025-04-01',
      pseudonymExamples: ['NNA 1', 'Madre A', 'Persona cuidadora A'],
    });
    expect(build({ from: '2025-03-15', to: '2025-04-30' }).facts.sessions).toBe(2);
    expect(build({ phases: ['start'] }).facts.phases).toEqual(['start']);
  });

  it('keeps only sections marked supervision or reportable, with their labels, in date order', () => {
    const { excerpts } = build();
    expect(excerpts).toEqual([
      {
        date: '2025-03-14',
        phase: 'start',
        title: 'Lo que pasó',
        visibility: 'supervision',
        text: 'Madre A llegó tarde.',
      },
      {
        date: '2025-03-14',
        phase: 'start',
        title: 'Para el informe',
        visibility: 'reportable',
        statementType: 'allegation',
        statementBy: 'Persona cuidadora A',
        text: 'Persona cuidadora A refiere que NNA 1 faltó.',
      },
    ]);
  });

  it('shows feelings only where they were shared, and the questions de-identified', () => {
    const model = build();
    expect(model.state).toEqual([
      {
        date: '2025-03-21',
        phase: 'evaluation',
        feelings: ['feeling-questioned'],
        note: 'Me sentí cuestionada por Madre A.',
      },
    ]);
    expect(model.questions).toEqual([
      { date: '2025-03-21', phase: 'evaluation', text: '¿Debo informar lo que dijo NNA 1?' },
    ]);
  });

  it('lists each rupture with the strategies of its session and their outcome', () => {
    const { tensions } = build();
    expect(tensions.ruptures).toContainEqual({
      date: '2025-03-21',
      phase: 'evaluation',
      ruptures: [
        {
          type: 'duty-to-report',
          kind: 'confrontation',
          intensity: 3,
          parties: ['Madre A'],
          repairSteps: [],
          note: 'Madre A gritó.',
        },
      ],
      strategies: [{ kind: 'counterproductive', strategy: 'warning-court-report', outcome: 'not-resolved' }],
    });
    expect(tensions.byPhase.find((row) => row.phase === 'evaluation')).toEqual({
      phase: 'evaluation',
      tensions: 1,
      ruptures: 1,
      indicators: [
        { indicator: 'repeated-absences', count: 1 },
        { indicator: 'denial', count: 1 },
      ],
    });
    expect(tensions.strategies.map((tally) => [tally.strategy, tally.uses])).toEqual([
      ['warning-court-report', 1],
      ['active-listening', 1],
    ]);
  });

  it('averages the ratings by phase and names the one caregiver who rated', () => {
    const { alliance } = build();
    expect(alliance.caregiver).toBe('Madre A');
    expect(alliance.rows.at(-1)).toEqual({
      sessions: 2,
      practitioner: { bond: 4, goals: 3, tasks: 4 },
      caregiver: { bond: 7, goals: 6, tasks: 5 },
      ruptures: 2,
    });
    expect(alliance.chartSource.flatMap((point) => point.tensions.map((tension) => 'note' in tension))).toEqual([
      false,
      false,
    ]);
  });

  it('prints only the parts chosen, and lists what it replaced and what could still be a name', () => {
    const markdown = briefMarkdown(build({ parts: ['questions'] }), briefLabels('es'));
    expect(markdown).toContain('## Preguntas para la supervisión');
    expect(markdown).not.toContain('## Extractos');
    const model = build();
    expect(model.replacements.map((item) => item.original)).toEqual(
      expect.arrayContaining(['María José', 'Majo', 'Tomi', 'La abuela']),
    );
  });

  it('shares with a supervisor only texts that entryTexts marks as not private', () => {
    for (const item of journalCase.entries) {
      const shared = sharedContent(item);
      const allowed = entryTexts(item)
        .filter((text) => text.visibility !== 'private')
        .map((text) => text.text);
      const used = [
        ...shared.sections.map((section) => section.text),
        ...shared.supervisionQuestions,
        ...(shared.feelingNote === undefined ? [] : [shared.feelingNote]),
        ...shared.tensions.flatMap((tension) => tension.note ?? []),
        ...shared.strategies.flatMap((use) => use.note ?? []),
      ];
      for (const text of used) expect(allowed).toContain(text);
    }
  });
});

describe('private text, fuzzed', () => {
  it('never reaches the brief, whatever the case holds', () => {
    fc.assert(
      fc.property(journalCases, fc.constantFrom('en', 'es' as const), (cases, language) => {
        for (const original of cases) {
          let counter = 0;
          const secret = () => `zqxprivado${String.fromCharCode(97 + (counter++ % 26))}zqx`;
          const journal: CaseWithEntries = {
            ...original,
            entries: original.entries.map((item) => ({
              ...item,
              sections: item.sections.map((section) =>
                section.visibility === 'private' ? { ...section, title: secret(), text: secret() } : section,
              ),
              promptAnswers: item.promptAnswers.map((answer) => ({ ...answer, answer: secret(), skipped: false })),
              relationships: item.relationships.map((note) => ({ ...note, note: secret() })),
              ...(item.feelingsVisibility === 'private' ? { feelingNote: secret() } : {}),
              history: item.history.map((revision) => ({
                ...revision,
                previous: {
                  ...revision.previous,
                  sections: [{ title: secret(), visibility: 'supervision', text: secret() }],
                },
              })),
            })),
          };
          const model = buildBrief({
            journalCase: journal,
            choices: { language },
            producedOn: '2040-01-01',
            pseudonyms: [],
            safeWords: [],
            lexicon,
          });
          expect(briefMarkdown(model, briefLabels(language))).not.toContain('zqxprivado');
          expect(JSON.stringify(model)).not.toContain('zqxprivado');
        }
      }),
      { numRuns: 60 },
    );
  });
});
