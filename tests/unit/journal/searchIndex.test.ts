import { describe, expect, it } from 'vitest';
import { entryDocument } from '../../../src/main/search/entryDocument';
import { createSearchIndex, queryTerms, type SearchIndex } from '../../../src/main/search/searchIndex';
import type { SearchRequest } from '../../../src/shared/journal/requestTypes';
import { entryContent, storedEntry } from './journalFixtures';

const document = (...parts: Parameters<typeof storedEntry>) => entryDocument(storedEntry(...parts));

function sampleIndex(): SearchIndex {
  const index = createSearchIndex();
  index.putCase('case-r', 'Familia R.', [
    document('e-1', entryContent()),
    document(
      'e-2',
      entryContent({
        sessionDate: '2025-04-02',
        phase: 'evaluation',
        sections: [
          {
            id: 'what-happened',
            title: 'What happened',
            visibility: 'reportable',
            text: 'The grandmother described the weekend visits. Rosa says the boy sleeps better at her house.',
          },
        ],
        promptAnswers: [],
        tensions: [
          {
            type: 'duty-to-report',
            indicators: ['socially-desirable-answers'],
            parties: ['p-grandmother'],
            intensity: 1,
            rupture: 'confrontation',
            repairSteps: [],
            note: 'Rosa was angry about the report to the court.',
          },
        ],
        strategies: [],
        feelingNote: undefined,
        supervisionQuestions: [],
      }),
    ),
  ]);
  index.putCase('case-s', 'Familia S.', [
    document(
      'e-3',
      entryContent({
        sessionDate: '2025-05-20',
        phase: 'intervention',
        sections: [
          {
            title: 'Notas',
            visibility: 'private',
            text: 'Los niños faltaron otra vez a la escuela. El padre no vino.',
          },
        ],
        promptAnswers: [],
        tensions: [],
        strategies: [],
        feelingNote: undefined,
        supervisionQuestions: [],
      }),
    ),
  ]);
  return index;
}

const search = (index: SearchIndex, request: Partial<SearchRequest> & { query: string }) => index.search(request);
const entryIds = (response: { hits: { entryId: string }[] }) => response.hits.map((hit) => hit.entryId).sort();

describe('the search index', () => {
  it('folds case and accents both ways: "nino" finds "niño", "MARÍA" finds "María", "maria" finds "MARÍA"', () => {
    const index = sampleIndex();
    expect(entryIds(search(index, { query: 'nino' }))).toEqual(['e-1', 'e-3']);
    expect(entryIds(search(index, { query: 'NIÑOS' }))).toEqual(['e-1', 'e-3']);
    expect(entryIds(search(index, { query: 'maria' }))).toEqual(['e-1']);
    expect(entryIds(search(index, { query: 'MARÍA' }))).toEqual(['e-1']);
  });

  it('matches prefixes from three letters and forgives one typo in longer words', () => {
    const index = sampleIndex();
    expect(entryIds(search(index, { query: 'frustr' }))).toEqual(['e-1']);
    expect(entryIds(search(index, { query: 'grandmoth' }))).toEqual(['e-2']);
    expect(entryIds(search(index, { query: 'tribnal' }))).toEqual(['e-1']);
    expect(search(index, { query: 'fr' }).total).toBe(0);
  });

  it('looks for typos only when the words as typed find nothing, so "madre" does not find "padre"', () => {
    const index = sampleIndex();
    expect(entryIds(search(index, { query: 'madre' }))).toEqual(['e-1']);
    expect(entryIds(search(index, { query: 'padre' }))).toEqual(['e-3']);
    expect(entryIds(search(index, { query: 'audiencai tribunal' }))).toEqual(['e-1']);
  });

  it('needs every word of the query, ignoring function words', () => {
    const index = sampleIndex();
    expect(entryIds(search(index, { query: 'la audiencia del tribunal' }))).toEqual(['e-1']);
    expect(entryIds(search(index, { query: 'audiencia grandmother' }))).toEqual([]);
    expect(queryTerms('La madre y EL niño')).toEqual(['madre', 'nino']);
    expect(queryTerms('para')).toEqual(['para']);
  });

  it('answers with the case alias, date, phase, the field that matched and an excerpt from the original text', () => {
    const response = search(sampleIndex(), { query: 'frustracion' });
    expect(response.total).toBe(1);
    expect(response.hits[0]).toEqual({
      record: 'reflection',
      caseId: 'case-r',
      caseAlias: 'Familia R.',
      entryId: 'e-1',
      sessionDate: '2025-03-14',
      phase: 'start',
      field: 'Mi reflexión',
      visibility: 'private',
      excerpt: 'Sentí frustración cuando MARÍA José evitó las preguntas sobre la escuela.',
      score: expect.any(Number),
    });
  });

  it('names the kind of text for prompts, questions, feelings, tension and strategy notes', () => {
    const index = sampleIndex();
    const fieldOf = (query: string) => search(index, { query }).hits.map((hit) => hit.field);
    expect(fieldOf('franqueza')).toEqual(['prompt']);
    expect(fieldOf('absences')).toEqual(['question']);
    expect(fieldOf('drive')).toEqual(['feeling']);
    expect(fieldOf('quiet')).toEqual(['tension']);
    expect(fieldOf('escucha')).toEqual(['strategy']);
  });

  it('filters by case, phase, tension type, rupture and visibility', () => {
    const index = sampleIndex();
    expect(entryIds(search(index, { query: 'escuela', caseId: 'case-s' }))).toEqual(['e-3']);
    expect(entryIds(search(index, { query: 'escuela', phase: 'start' }))).toEqual(['e-1']);
    expect(entryIds(search(index, { query: 'rosa', tensionType: 'duty-to-report' }))).toEqual(['e-2']);
    expect(entryIds(search(index, { query: 'court', rupture: 'withdrawal' }))).toEqual(['e-1']);
    expect(entryIds(search(index, { query: 'court', rupture: 'confrontation' }))).toEqual(['e-2']);
    // "escuela" is in a private section of e-1 and e-3 and nowhere else.
    expect(entryIds(search(index, { query: 'escuela', visibility: 'private' }))).toEqual(['e-1', 'e-3']);
    expect(entryIds(search(index, { query: 'escuela', visibility: 'supervision' }))).toEqual([]);
    const reportable = search(index, { query: 'rosa', visibility: 'reportable' });
    expect(reportable.hits.map((hit) => [hit.entryId, hit.field])).toEqual([['e-2', 'What happened']]);
  });

  it('lists what a filter selects, newest first, when the query has no words; nothing without a filter', () => {
    const index = sampleIndex();
    expect(search(index, { query: '' })).toEqual({ hits: [], total: 0 });
    const ruptures = search(index, { query: '  ', caseId: 'case-r' });
    expect(ruptures.hits.map((hit) => hit.sessionDate)).toEqual(['2025-04-02', '2025-03-14']);
    expect(ruptures.hits[0]?.excerpt).toContain('grandmother');
  });

  it('honours the limit and still counts every match', () => {
    const response = search(sampleIndex(), { query: 'nino', limit: 1 });
    expect(response.hits).toHaveLength(1);
    expect(response.total).toBe(2);
  });

  it('replaces a reflection in place and follows a new alias', () => {
    const index = sampleIndex();
    index.putEntry('case-s', document('e-3', entryContent({ sessionDate: '2025-05-21', phase: 'closure' })));
    index.setAlias('case-s', 'Familia S. (Talca)');
    expect(search(index, { query: 'faltaron' }).total).toBe(0);
    const hits = search(index, { query: 'frustracion' }).hits;
    expect(hits.map((hit) => [hit.entryId, hit.caseAlias, hit.phase])).toEqual([
      ['e-1', 'Familia R.', 'start'],
      ['e-3', 'Familia S. (Talca)', 'closure'],
    ]);
    expect(index.entryCount).toBe(3);
    index.putCase('case-s', 'Familia S.', []);
    expect(index.entryCount).toBe(2);
    expect(search(index, { query: 'frustracion' }).total).toBe(1);
  });
});
