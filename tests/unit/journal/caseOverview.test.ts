import { describe, expect, it } from 'vitest';
import { caseOverview, entryExcerpts } from '../../../src/main/journal/caseOverview';
import type { CaseWithEntries } from '../../../src/shared/domain/case';
import { caseOverviewSchema, timelineExcerptLength } from '../../../src/shared/journal/caseOverview';
import { entryExcerpt } from '../../../src/shared/journal/excerpt';
import { partiesInUse } from '../../../src/shared/journal/partiesInUse';
import { fixtureCases } from '../domain/fixture';

/** Every key used anywhere inside `value`. */
function keysIn(value: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const item of value) keysIn(item, found);
  else if (typeof value === 'object' && value !== null)
    for (const [key, inner] of Object.entries(value)) {
      found.add(key);
      keysIn(inner, found);
    }
  return found;
}

function familyR(): CaseWithEntries {
  const found = fixtureCases().find((candidate) => candidate.alias === 'Familia R.');
  if (found === undefined) throw new Error('the fixture has no Familia R.');
  return found;
}

/** Text the case screen never shows, at least `length` characters long so a match means something. */
function unshownTexts(journalCase: CaseWithEntries, length = 20): string[] {
  return journalCase.entries
    .flatMap((entry) => [
      ...entry.sections.map((section) => section.text),
      ...entry.tensions.flatMap((tension) => (tension.note === undefined ? [] : [tension.note])),
      ...(entry.feelingNote === undefined ? [] : [entry.feelingNote]),
      ...entry.supervisionQuestions,
      ...entry.history.flatMap((revision) => revision.previous.sections.map((section) => section.text)),
    ])
    .map((text) => text.trim())
    .filter((text) => text.length >= length);
}

describe('the case overview', () => {
  it('keeps the case and, per entry, what the timeline, charts and export log use', () => {
    const journalCase = familyR();
    const overview = caseOverview(journalCase);
    expect(caseOverviewSchema.safeParse(overview).success).toBe(true);
    const { entries: _entries, ...caseFields } = journalCase;
    expect(overview).toMatchObject(caseFields);
    expect(overview.entries.map((entry) => entry.id)).toEqual(journalCase.entries.map((entry) => entry.id));
    journalCase.entries.forEach((entry, index) => {
      const { sessionDate, phase, modality, createdAt, ratings, supervisionOf, visibilities, reportable, tensions } =
        overview.entries[index]!;
      expect({ sessionDate, phase, modality, createdAt, ratings, supervisionOf }).toEqual({
        sessionDate: entry.sessionDate,
        phase: entry.phase,
        modality: entry.modality,
        createdAt: entry.createdAt,
        ratings: entry.ratings,
        supervisionOf: entry.supervisionOf,
      });
      expect(new Set(visibilities)).toEqual(new Set(entry.sections.map((section) => section.visibility)));
      expect(visibilities).toHaveLength(new Set(visibilities).size);
      expect(reportable).toBe(
        entry.sections.some((section) => section.visibility === 'reportable' && section.text.trim() !== ''),
      );
      expect(tensions).toEqual(
        entry.tensions.map(({ type, rupture, parties, relationship }) => ({
          type,
          rupture,
          parties,
          ...(relationship === undefined ? {} : { relationship }),
        })),
      );
      // The ecomap's notes: which relationship, how it felt; the note itself stays in main.
      expect(overview.entries[index]!.relationships).toEqual(
        entry.relationships.map(({ relationship, quality }) => ({ relationship, quality })),
      );
    });
    expect(journalCase.entries.some((entry) => entry.relationships.some((note) => note.note !== undefined))).toBe(true);
    expect(overview.entries.some((entry) => entry.supervisionOf !== undefined)).toBe(true);
    expect(overview.entries.some((entry) => entry.reportable)).toBe(true);
  });

  it('names the parties in use, earlier versions included, so none of them can be removed', () => {
    const journalCase = familyR();
    expect(journalCase.entries.some((entry) => entry.history.length > 0)).toBe(true);
    expect(new Set(caseOverview(journalCase).partiesInUse)).toEqual(partiesInUse(journalCase));
  });

  it('carries no section text, no history, and no private feelings or notes', () => {
    const journalCase = familyR();
    const overview = caseOverview(journalCase);
    const entryKeys = keysIn(overview.entries);
    for (const key of [
      'history',
      'sections',
      'text',
      'title',
      'excerpt',
      'note',
      'feelings',
      'feelingNote',
      'feelingsVisibility',
      'promptAnswers',
      'strategies',
      'supervisionQuestions',
      'attendees',
      'indicators',
      'statementBy',
      'updatedAt',
    ])
      expect(entryKeys.has(key), key).toBe(false);

    const serialized = JSON.stringify(overview);
    const texts = unshownTexts(journalCase);
    expect(texts.length).toBeGreaterThan(5);
    for (const text of texts) expect(serialized.includes(text), text).toBe(false);
  });
});

describe('the timeline excerpts', () => {
  it('gives the opening words of the entries asked for, by the one excerpt rule, and nothing else', () => {
    const journalCase = familyR();
    const [first, second] = journalCase.entries;
    const excerpts = entryExcerpts(journalCase, [second!.id, 'no-such-entry']);
    expect(excerpts).toEqual({ [second!.id]: entryExcerpt(second!, timelineExcerptLength) });
    expect(excerpts[first!.id]).toBeUndefined();
    expect(excerpts[second!.id]).not.toContain('**');
  });

  it('cuts a long reflection to what a timeline row shows', () => {
    const journalCase = familyR();
    const long = 'palabra '.repeat(500);
    const [first] = journalCase.entries;
    const changed = { ...first!, sections: [{ title: 'Long', visibility: 'private' as const, text: long }] };
    const excerpt = entryExcerpts({ ...journalCase, entries: [changed] }, [first!.id])[first!.id]!;
    expect(excerpt.length).toBeLessThanOrEqual(timelineExcerptLength + 1);
    expect(excerpt.endsWith('…')).toBe(true);
  });
});
