import { describe, expect, it } from 'vitest';
import { suggestDisclosure, withSuggestedDisclosures } from '../../../src/shared/domain/report/disclosure';
import { family } from '../exports/fixtures';
import { statement } from './reportFixtures';

const byMother = { type: 'allegation' as const, by: { partyId: 'p-mother' } };

describe('disclosure flags', () => {
  it('flags what one family member alleges about another, by name or alias, whatever the accents or case', () => {
    expect(suggestDisclosure(statement('s', 'Dijo que TOMAS no duerme.', byMother), family)).toEqual({
      aboutPartyIds: ['p-child'],
      decision: 'pending',
    });
    expect(suggestDisclosure(statement('s', 'Contó que la   abuela bebe.', byMother), family)?.aboutPartyIds).toEqual([
      'p-grandmother',
    ]);
    expect(suggestDisclosure(statement('s', 'Doña Rosa grita a Tomi.', byMother), family)?.aboutPartyIds).toEqual([
      'p-child',
      'p-grandmother',
    ]);
  });

  it('leaves alone other statement types, professionals, the court, free-text authors and parts of words', () => {
    expect(suggestDisclosure(statement('s', 'Tomás no duerme.', { type: 'fact' }), family)).toBeUndefined();
    const teacher = { type: 'allegation' as const, by: { partyId: 'p-teacher' } };
    expect(suggestDisclosure(statement('s', 'Tomás no duerme.', teacher), family)).toBeUndefined();
    const named = { type: 'allegation' as const, by: { name: 'Vecina' } };
    expect(suggestDisclosure(statement('s', 'Tomás no duerme.', named), family)).toBeUndefined();
    expect(
      suggestDisclosure(statement('s', 'Habló del Juzgado de Familia de Pudahuel.', byMother), family),
    ).toBeUndefined();
    expect(suggestDisclosure(statement('s', 'Comió rosas y tomates.', byMother), family)).toBeUndefined();
    // Speaking of herself is not a disclosure about another.
    expect(suggestDisclosure(statement('s', 'Majo dice que está cansada.', byMother), family)).toBeUndefined();
  });

  it('keeps a decision already taken', () => {
    const decided = statement('s', 'Dijo que Tomás no duerme.', {
      ...byMother,
      disclosure: { aboutPartyIds: ['p-child'], decision: 'share' },
    });
    const fresh = statement('t', 'Dijo que Tomás no duerme.', byMother);
    const [kept, flagged] = withSuggestedDisclosures([decided, fresh], family);
    expect(kept).toBe(decided);
    expect(flagged!.disclosure?.decision).toBe('pending');
  });
});
