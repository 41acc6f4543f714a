import { describe, expect, it } from 'vitest';
import { refuseUnattributedAllegations, unattributedAllegations } from '../../../src/shared/domain/report/attribution';
import type { ReportVersion } from '../../../src/shared/domain/report/report';
import { AppError } from '../../../src/shared/ipc/result';
import { at, sections, statement } from './reportFixtures';

function version(content: Parameters<typeof sections>[0]): ReportVersion {
  return { number: 1, status: 'draft', createdAt: at, updatedAt: at, sections: sections(content), documents: [] };
}

describe('an allegation in a court report', () => {
  it('must say whose it is; an opinion without a name is the practitioner’s own', () => {
    const named = statement('s1', 'Rosa says the father visits at night.', {
      type: 'allegation',
      by: { partyId: 'rosa' },
    });
    const nobody = statement('s2', 'It is said that the father visits at night.', { type: 'allegation' });
    const mine = statement('s3', 'Tomás seems tired in the mornings.', { type: 'opinion' });
    expect(unattributedAllegations(version({ concerns: [named, mine] }))).toEqual([]);
    expect(() => refuseUnattributedAllegations(version({ concerns: [named, mine] }))).not.toThrow();

    const refused = version({ concerns: [named, nobody], strengths: [mine] });
    expect(unattributedAllegations(refused)).toEqual(['statement 2 of “Concerns”']);
    let error: unknown;
    try {
      refuseUnattributedAllegations(refused);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('invalid-request');
    expect((error as AppError).message).toContain('statement 2 of “Concerns”');
  });
});
