/**
 * Supervision records in the journal's search: each case's part of a supervision is found by what
 * was discussed, the remarks, the agreed actions and what followed them, and the notes sent back,
 * each with its own visibility; hits say they are supervision records and who may read the text.
 */
import { describe, expect, it } from 'vitest';
import { entryDocument } from '../../../src/main/search/entryDocument';
import { createSearchIndex } from '../../../src/main/search/searchIndex';
import { supervisionDocument } from '../../../src/main/search/supervisionDocument';
import type { CaseSupervision } from '../../../src/shared/domain/supervision';
import type { SearchRequest } from '../../../src/shared/journal/requestTypes';
import { supervisionTexts } from '../../../src/shared/journal/supervisionTexts';
import { entryContent, storedEntry } from './journalFixtures';

const timestamp = '2025-04-01T12:00:00.000Z';

function part(id: string, overrides: Partial<CaseSupervision> = {}): CaseSupervision {
  return {
    id,
    supervisionId: 'meeting-1',
    heldOn: '2025-04-01',
    supervisor: 'Carmen Soto',
    kind: 'group',
    briefs: [],
    discussed: 'Hablamos de la desconfianza de la abuela hacia el tribunal.',
    remarks: 'Cuidar la alianza con el padre antes de la audiencia.',
    visibility: 'private',
    actions: [
      {
        id: 'a-1',
        what: 'Reunirse con cada adulto por separado.',
        due: '2025-04-15',
        status: 'done',
        updates: [{ status: 'done', note: 'La madre pidió otra cita.', on: '2025-04-10', recordedAt: timestamp }],
      },
    ],
    returned: [
      {
        exportId: 'export-1',
        reference: 'SB-AAAA-BBBB-CCCC',
        notes: ['Explorar la lealtad del niño hacia la Cuidadora A.'],
        comments: [{ text: 'Revisar el genograma.', on: 'Figura' }],
        importedAt: timestamp,
      },
    ],
    recordedAt: timestamp,
    updatedAt: timestamp,
    ...overrides,
  };
}

function sampleIndex() {
  const index = createSearchIndex();
  index.putCase(
    'case-r',
    'Familia R.',
    [entryDocument(storedEntry('e-1', entryContent()))],
    [supervisionDocument(part('s-r'))],
  );
  index.putCase('case-s', 'Familia S.', [], [supervisionDocument(part('s-s', { visibility: 'supervision' }))]);
  return index;
}

const hitsOf = (request: Partial<SearchRequest>) =>
  sampleIndex()
    .search({ query: '', limit: 200, ...request })
    .hits.map((hit) => `${hit.caseAlias}/${hit.entryId}`)
    .sort();

describe('supervision records in search', () => {
  it('takes every text of a part, with the visibility chosen for what was discussed and the remarks', () => {
    expect(supervisionTexts(part('s-1')).map((text) => [text.kind, text.visibility])).toEqual([
      ['discussed', 'private'],
      ['remarks', 'private'],
      ['action', 'supervision'],
      ['update', 'supervision'],
      ['returned', 'supervision'],
      ['returned', 'supervision'],
    ]);
  });

  it('finds a record by each kind of text and says it is one, with no phase, the field and who may read it', () => {
    const index = sampleIndex();
    const first = (query: string) => index.search({ query, caseId: 'case-r' }).hits[0];
    expect(first('desconfianza')).toEqual({
      record: 'supervision',
      caseId: 'case-r',
      caseAlias: 'Familia R.',
      entryId: 's-r',
      sessionDate: '2025-04-01',
      field: 'discussed',
      visibility: 'private',
      excerpt: 'Hablamos de la desconfianza de la abuela hacia el tribunal.',
      score: expect.any(Number),
    });
    expect([first('alianza')?.field, first('alianza')?.visibility]).toEqual(['remarks', 'private']);
    expect([first('separado')?.field, first('separado')?.visibility]).toEqual(['action', 'supervision']);
    expect([first('cita')?.field, first('cita')?.visibility]).toEqual(['update', 'supervision']);
    expect([first('lealtad')?.field, first('genograma')?.field]).toEqual(['returned', 'returned']);
    // A reflection says it is one, with its phase and the visibility of the text quoted.
    const reflection = index.search({ query: 'frustracion' }).hits[0];
    expect([reflection?.record, reflection?.phase, reflection?.visibility]).toEqual(['reflection', 'start', 'private']);
  });

  it('filters supervision text by its visibility, and leaves records out of phase, tension and rupture filters', () => {
    // The remarks of case R are private, those of case S shared with supervision.
    expect(hitsOf({ query: 'alianza' })).toEqual(['Familia R./s-r', 'Familia S./s-s']);
    expect(hitsOf({ query: 'alianza', visibility: 'private' })).toEqual(['Familia R./s-r']);
    expect(hitsOf({ query: 'alianza', visibility: 'supervision' })).toEqual(['Familia S./s-s']);
    expect(hitsOf({ query: 'alianza', visibility: 'reportable' })).toEqual([]);
    // The actions go to the next brief whatever the remarks' visibility: read in supervision.
    expect(hitsOf({ query: 'separado', visibility: 'supervision' })).toEqual(['Familia R./s-r', 'Familia S./s-s']);
    expect(hitsOf({ query: 'separado', visibility: 'private' })).toEqual([]);
    const privateHit = sampleIndex().search({ query: 'abuela', visibility: 'private' }).hits;
    expect(privateHit.map((hit) => [hit.entryId, hit.field, hit.visibility])).toEqual([
      ['s-r', 'discussed', 'private'],
    ]);
    expect(hitsOf({ query: 'alianza', phase: 'start' })).toEqual([]);
    expect(hitsOf({ query: 'alianza', rupture: 'withdrawal' })).toEqual([]);
    expect(hitsOf({ query: 'alianza', tensionType: 'duty-to-report' })).toEqual([]);
    // With no words, a case filter lists its reflections and its supervision records, newest first.
    const listed = sampleIndex().search({ query: '', caseId: 'case-r' });
    expect(listed.hits.map((hit) => [hit.record, hit.sessionDate])).toEqual([
      ['supervision', '2025-04-01'],
      ['reflection', '2025-03-14'],
    ]);
  });

  it('replaces a case’s records when they are saved, keeping its reflections, and counts reflections only', () => {
    const index = sampleIndex();
    expect(index.entryCount).toBe(1);
    index.putSupervisions('case-r', [supervisionDocument(part('s-r', { remarks: 'Pensar en la escuela.' }))]);
    expect(index.search({ query: 'alianza', caseId: 'case-r' }).total).toBe(0);
    expect(index.search({ query: 'pensar' }).hits.map((hit) => hit.entryId)).toEqual(['s-r']);
    expect(index.search({ query: 'frustracion' }).total).toBe(1);
    // A reflection saved again leaves the records alone.
    index.putEntry('case-r', entryDocument(storedEntry('e-1', entryContent({ sessionDate: '2025-03-20' }))));
    expect(index.search({ query: 'pensar' }).total).toBe(1);
    index.putSupervisions('case-r', []);
    expect(index.search({ query: 'pensar' }).total).toBe(0);
    expect(index.entryCount).toBe(1);
    // The case read again: its records come with it.
    index.putCase('case-s', 'Familia S.', []);
    expect(index.search({ query: 'desconfianza' }).total).toBe(0);
  });
});
