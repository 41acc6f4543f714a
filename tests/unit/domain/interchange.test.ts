import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  fromInterchange,
  parseInterchange,
  parseInterchangeText,
  toInterchange,
  type FieldError,
} from '../../../src/shared/domain/interchange';
import { formatPath } from '../../../src/shared/domain/issues';
import { taxonomy } from '../../../src/shared/domain/taxonomy';
import { fixedContext, fixtureJson } from './fixture';

type Json = Record<string, unknown>;

/** The fixture changed by `edit`, which works on a fresh copy. */
function edited(edit: (document: Json & { cases: Json[] }) => void): unknown {
  const document = fixtureJson();
  edit(document);
  return document;
}

/** Case `index` of a document, as loose JSON. */
function caseAt(
  document: { cases: Json[] },
  index: number,
): Json & { entries: Json[]; parties: Json[]; goals: Json[] } {
  return document.cases[index] as Json & { entries: Json[]; parties: Json[]; goals: Json[] };
}

function errorsOf(json: unknown): FieldError[] {
  const result = parseInterchange(json);
  if (result.ok) throw new Error('expected the document to be refused');
  return result.errors;
}

describe('parsing an interchange file', () => {
  it('accepts the realistic fixture', () => {
    const result = parseInterchange(fixtureJson());
    expect(result.ok ? [] : result.errors).toEqual([]);
  });

  it('accepts a minimal file with only the required fields', () => {
    const minimal = {
      format: 'alianza-journal',
      version: 1,
      cases: [
        {
          alias: 'Family A.',
          phase: 'start',
          parties: [{ id: 'mother', role: 'parent', name: 'Ana' }],
          entries: [
            {
              id: '1',
              sessionDate: '2025-03-14',
              phase: 'start',
              sections: [{ title: 'Notes', visibility: 'private', text: '' }],
            },
          ],
        },
      ],
    };
    expect(parseInterchange(minimal)).toEqual({ ok: true, value: minimal });
  });

  it('never throws, whatever it is given', () => {
    for (const value of [
      null,
      undefined,
      42,
      'text',
      [],
      {},
      { format: 'alianza-journal', version: 1, cases: 'none' },
    ]) {
      expect(parseInterchange(value).ok).toBe(false);
    }
  });
});

describe('what a file is', () => {
  it('refuses something that is not an object', () => {
    expect(errorsOf([])).toEqual([{ path: '', message: 'expected an object, got a list' }]);
  });

  it('refuses another format with one error, not one per field', () => {
    expect(errorsOf({ format: 'other-app', version: 1, cases: [{ whatever: true }] })).toEqual([
      { path: 'format', message: 'expected "alianza-journal": this is not an Alianza journal file' },
    ]);
  });

  it('explains a newer version', () => {
    expect(errorsOf(edited((document) => (document.version = 2)))).toEqual([
      { path: 'version', message: 'this file is version 2, written by a newer Alianza; this copy reads version 1' },
    ]);
  });

  it('reports a file that is not JSON', () => {
    const result = parseInterchangeText('{ "format": ');
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.errors[0]?.message).toMatch(/^not valid JSON: /);
    expect(parseInterchangeText(JSON.stringify(fixtureJson())).ok).toBe(true);
  });
});

describe('unknown fields', () => {
  it.each([
    ['the document', (document: Json & { cases: Json[] }) => (document.exportedBy = 'someone'), 'exportedBy'],
    [
      'a case',
      (document: Json & { cases: Json[] }) => (caseAt(document, 1).childName = 'Javiera'),
      'cases[1].childName',
    ],
    [
      'a section',
      (document: Json & { cases: Json[] }) => ((caseAt(document, 0).entries[1]?.sections as Json[])[2]!.mood = 'tense'),
      'cases[0].entries[1].sections[2].mood',
    ],
    [
      'an earlier version',
      (document: Json & { cases: Json[] }) => {
        const history = caseAt(document, 0).entries[1]?.history as { previous: Json }[];
        history[0]!.previous.draft = true;
      },
      'cases[0].entries[1].history[0].previous.draft',
    ],
    [
      'a rating',
      (document: Json & { cases: Json[] }) =>
        ((caseAt(document, 0).entries[0]?.ratings as { practitioner: Json }).practitioner.trust = 4),
      'cases[0].entries[0].ratings.practitioner.trust',
    ],
  ])('are refused in %s, with the path of the field', (_where, edit, path) => {
    expect(errorsOf(edited(edit))).toEqual([
      { path, message: 'unknown field; this format refuses fields it does not know (check the spelling)' },
    ]);
  });

  it('quote a key that is not a plain word', () => {
    expect(formatPath(['cases', 0, 'my field'])).toBe('cases[0]["my field"]');
  });
});

describe('field errors', () => {
  it('say where, with readable paths, and what was expected', () => {
    const errors = errorsOf(
      edited((document) => {
        const sections = caseAt(document, 0).entries[2]?.sections as Json[];
        sections[1]!.visibility = 'public';
      }),
    );
    expect(errors).toEqual([
      {
        path: 'cases[0].entries[2].sections[1].visibility',
        message: 'expected one of: private, supervision, reportable, got "public"',
      },
    ]);
  });

  it('name required fields that are missing', () => {
    const errors = errorsOf(
      edited((document) => {
        delete caseAt(document, 1).alias;
        delete caseAt(document, 0).entries[0]?.sessionDate;
        delete (caseAt(document, 0).entries[1]?.sections as Json[])[0]?.visibility;
      }),
    );
    expect(errors).toEqual([
      {
        path: 'cases[0].entries[0].sessionDate',
        message: 'required; expected a date as YYYY-MM-DD, such as 2025-03-14',
      },
      {
        path: 'cases[0].entries[1].sections[0].visibility',
        message: 'required; expected one of: private, supervision, reportable',
      },
      { path: 'cases[1].alias', message: 'required; expected text' },
    ]);
  });

  it('refuse dates that do not exist in the calendar', () => {
    const errors = errorsOf(
      edited((document) => {
        caseAt(document, 0).entries[0]!.sessionDate = '2025-02-30';
        caseAt(document, 0).goals[0]!.agreedAt = '30/12/2024';
      }),
    );
    expect(errors).toEqual([
      { path: 'cases[0].goals[0].agreedAt', message: 'expected a date as YYYY-MM-DD, such as 2025-03-14' },
      {
        path: 'cases[0].entries[0].sessionDate',
        message: 'expected a date that exists in the calendar; 2025-02-30 does not',
      },
    ]);
  });

  it('refuse ratings outside 0 to 10', () => {
    const errors = errorsOf(
      edited((document) => {
        const ratings = caseAt(document, 0).entries[1]?.ratings as { practitioner: Json; caregiver: Json };
        ratings.practitioner.bond = 11;
        ratings.caregiver.tasks = -1;
        ratings.caregiver.goals = 6.5;
      }),
    );
    const message = 'expected a whole number from 0 to 10';
    expect(errors).toEqual([
      { path: 'cases[0].entries[1].ratings.practitioner.bond', message },
      { path: 'cases[0].entries[1].ratings.caregiver.goals', message },
      { path: 'cases[0].entries[1].ratings.caregiver.tasks', message },
    ]);
  });

  it('point into the closest alternative of "statementBy"', () => {
    const sectionsAt = (document: { cases: Json[] }) => caseAt(document, 0).entries[1]?.sections as Json[];
    expect(errorsOf(edited((document) => (sectionsAt(document)[3]!.statementBy = { partyId: 7 })))).toEqual([
      {
        path: 'cases[0].entries[1].sections[3].statementBy.partyId',
        message: expect.stringMatching(/^expected an id/),
      },
    ]);
    expect(errorsOf(edited((document) => (sectionsAt(document)[3]!.statementBy = 'la madre')))).toEqual([
      {
        path: 'cases[0].entries[1].sections[3].statementBy',
        message: 'expected either { "partyId": "…" } or { "name": "…" }',
      },
    ]);
  });
});

describe('cross-checks', () => {
  it('refuse two cases with the same alias, however it is capitalised', () => {
    const errors = errorsOf(edited((document) => (caseAt(document, 2).alias = ' familia r.')));
    expect(errors).toEqual([
      { path: 'cases[2].alias', message: 'duplicate alias " familia r.": already used at position 0 of this list' },
    ]);
  });

  it('refuse two entries with the same id in a case', () => {
    const errors = errorsOf(edited((document) => (caseAt(document, 0).entries[2]!.id = 'e-2024-09-05')));
    expect(errors).toEqual([
      {
        path: 'cases[0].entries[2].id',
        message: 'duplicate id "e-2024-09-05": already used at position 0 of this list',
      },
    ]);
  });

  it('refuse two parties with the same id', () => {
    const errors = errorsOf(edited((document) => (caseAt(document, 1).parties[3]!.id = 'javiera')));
    expect(errors).toEqual([
      { path: 'cases[1].parties[3].id', message: expect.stringContaining('duplicate id "javiera"') },
    ]);
  });

  it('refuse references to parties the case does not have, wherever they are', () => {
    const errors = errorsOf(
      edited((document) => {
        const familyR = caseAt(document, 0);
        familyR.goals[1]!.agreedWith = ['p-carolina', 'p-nadie'];
        const [first, second] = familyR.entries as [Json, Json];
        first.attendees = ['p-rosa', 'p-nadie'];
        (first.tensions as { parties: string[] }[])[0]!.parties = ['p-nadie'];
        (second.sections as Json[])[3]!.statementBy = { partyId: 'p-nadie' };
        (second.ratings as { caregiver: Json }).caregiver.partyId = 'p-nadie';
        (second.history as { previous: Json }[])[0]!.previous.attendees = ['p-nadie'];
      }),
    );
    expect(errors.map((error) => error.path)).toEqual([
      'cases[0].goals[1].agreedWith[1]',
      'cases[0].entries[0].attendees[1]',
      'cases[0].entries[0].tensions[0].parties[0]',
      'cases[0].entries[1].sections[3].statementBy.partyId',
      'cases[0].entries[1].ratings.caregiver.partyId',
      'cases[0].entries[1].history[0].previous.attendees[0]',
    ]);
    expect(errors[0]?.message).toBe(
      'unknown party "p-nadie"; expected one of: p-tomas, p-carolina, p-rosa, p-jorge, p-paula, p-marcela, p-tribunal',
    );
  });

  it('refuse a strategy listed under another kind', () => {
    const errors = errorsOf(
      edited((document) => ((caseAt(document, 0).entries[0]?.strategies as Json[])[0]!.kind = 'counterproductive')),
    );
    expect(errors).toEqual([
      {
        path: 'cases[0].entries[0].strategies[0].strategy',
        message:
          '"active-listening" is not a counterproductive strategy; expected one of: reminding-rules, warning-court-report',
      },
    ]);
  });

  it('refuse a skipped prompt that has an answer, and a prompt answered twice', () => {
    const errors = errorsOf(
      edited((document) => {
        const answers = caseAt(document, 0).entries[0]?.promptAnswers as Json[];
        answers[2]!.answer = 'Lo pensé después.';
        answers[3]!.promptId = 'start-safe-space';
      }),
    );
    expect(errors).toEqual([
      {
        path: 'cases[0].entries[0].promptAnswers[2].skipped',
        message: 'a skipped prompt has no answer; remove "answer" or "skipped"',
      },
      { path: 'cases[0].entries[0].promptAnswers[3].promptId', message: expect.stringContaining('duplicate promptId') },
    ]);
  });

  it('refuse section ids used twice in an entry', () => {
    const errors = errorsOf(
      edited((document) => ((caseAt(document, 0).entries[1]?.sections as Json[])[5]!.id = 'hechos')),
    );
    expect(errors.map((error) => error.path)).toEqual(['cases[0].entries[1].sections[5].id']);
  });

  it('refuse phase changes out of order, and a phase that is not the last change', () => {
    const errors = errorsOf(
      edited((document) => {
        const familyR = caseAt(document, 0);
        (familyR.phaseHistory as Json[])[1]!.changedAt = '2024-08-01';
        familyR.phase = 'closure';
      }),
    );
    expect(errors).toEqual([
      {
        path: 'cases[0].phaseHistory[1].changedAt',
        message: 'is earlier than the phase change before it (2024-09-02); phase changes are listed oldest first',
      },
      {
        path: 'cases[0].phase',
        message: 'expected "intervention", the phase of the last phase change (phaseHistory[2])',
      },
    ]);
  });

  it('refuse revisions out of order', () => {
    const errors = errorsOf(
      edited((document) => {
        const history = caseAt(document, 0).entries[1]?.history as Json[];
        history[1]!.editedAt = '2024-10-22T11:00:00.000Z';
      }),
    );
    expect(errors.map((error) => error.path)).toEqual(['cases[0].entries[1].history[1].editedAt']);
  });

  it('refuse a closing date on an open case, or before the opening date', () => {
    const errors = errorsOf(
      edited((document) => {
        caseAt(document, 0).closedAt = '2025-01-31';
        caseAt(document, 1).closedAt = '2023-01-01';
      }),
    );
    expect(errors).toEqual([
      {
        path: 'cases[0].closedAt',
        message: 'an open case has no closing date; set status to "closed" or "archived", or remove closedAt',
      },
      { path: 'cases[1].closedAt', message: 'is earlier than the opening date (2023-11-06)' },
    ]);
  });
});

describe('importing', () => {
  it('fills in what a file left out', () => {
    const parsed = parseInterchange({
      format: 'alianza-journal',
      version: 1,
      cases: [
        {
          alias: 'Family A.',
          phase: 'evaluation',
          closedAt: '2025-06-30',
          parties: [{ id: 'mother', role: 'parent', name: 'Ana' }],
          goals: [
            { id: 'g1', description: 'School every day' },
            { id: 'g2', description: 'Health check-ups', agreedAt: '2025-04-01' },
          ],
          entries: [
            {
              id: 'e2',
              sessionDate: '2025-04-02',
              phase: 'evaluation',
              sections: [{ title: 'Notes', visibility: 'supervision', text: 'Met Ana.' }],
              tensions: [{ type: 'duty-to-report', intensity: 2 }],
              strategies: [{ kind: 'repair', strategy: 'discussing-duty-to-inform' }],
              createdAt: '2025-04-02T18:00:00.000Z',
            },
            { id: 'e1', sessionDate: '2025-03-30', phase: 'start', sections: [] },
          ],
        },
      ],
    });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    const [imported] = fromInterchange(parsed.value, fixedContext('2025-07-01T08:00:00.000Z'));
    expect(imported).toMatchObject({
      id: 'generated-1',
      status: 'closed',
      phaseHistory: [],
      openedAt: '2025-03-30',
      parties: [{ id: 'mother', role: 'parent', name: 'Ana', aliases: [] }],
      goals: [
        { id: 'g1', agreedWith: [], status: 'proposed' },
        { id: 'g2', agreedWith: [], status: 'agreed', agreedAt: '2025-04-01' },
      ],
      createdAt: '2025-07-01T08:00:00.000Z',
      updatedAt: '2025-07-01T08:00:00.000Z',
    });
    expect(imported?.entries[0]).toStrictEqual({
      id: 'e2',
      sessionDate: '2025-04-02',
      phase: 'evaluation',
      attendees: [],
      sections: [{ title: 'Notes', visibility: 'supervision', text: 'Met Ana.' }],
      promptAnswers: [],
      tensions: [
        { type: 'duty-to-report', indicators: [], parties: [], intensity: 2, rupture: 'none', repairSteps: [] },
      ],
      relationships: [],
      strategies: [{ kind: 'repair', strategy: 'discussing-duty-to-inform', outcome: 'unknown' }],
      ratings: {},
      feelings: [],
      feelingsVisibility: 'private',
      supervisionQuestions: [],
      history: [],
      createdAt: '2025-04-02T18:00:00.000Z',
      updatedAt: '2025-04-02T18:00:00.000Z',
    });
    // What was filled in is now written out, and reads back the same.
    const again = parseInterchange(JSON.parse(JSON.stringify(toInterchange(imported ? [imported] : []))));
    expect(again.ok && fromInterchange(again.value, fixedContext())).toStrictEqual([imported]);
  });

  it('opens a case on today when it has no date at all', () => {
    const parsed = parseInterchange({
      format: 'alianza-journal',
      version: 1,
      cases: [{ alias: 'Family B.', phase: 'start', parties: [], entries: [] }],
    });
    const [imported] = parsed.ok ? fromInterchange(parsed.value, fixedContext('2025-07-01T08:00:00.000Z')) : [];
    expect(imported?.openedAt).toBe('2025-07-01');
    expect(imported?.status).toBe('open');
  });
});

describe('the format documentation', () => {
  const documentation = readFileSync(new URL('../../../docs/interchange.md', import.meta.url), 'utf8');
  const fileLists = Object.entries(taxonomy).filter(
    ([list]) => !['tensionGroups', 'feelingTones', 'relationshipLevels', 'defaultSections'].includes(list),
  );

  it.each(fileLists)('lists every id of %s a file may hold', (_list, ids) => {
    for (const id of ids) expect(documentation, id).toContain(`\`${id}\``);
  });
});
