import { describe, expect, it } from 'vitest';
import { checkStatementReferences, checkStatementSources } from '../../../src/shared/domain/report/references';
import { AppError } from '../../../src/shared/ipc/result';
import { journalCase, sections, statement } from './reportFixtures';

function refusal(concerns: ReturnType<typeof statement>[]): string | undefined {
  try {
    checkStatementReferences(sections({ concerns }), journalCase());
    return undefined;
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('invalid-request');
    return (error as AppError).message;
  }
}

describe('what statements point at', () => {
  it('accepts parties and sessions of the case', () => {
    const fine = statement('s1', 'x', {
      type: 'allegation',
      by: { partyId: 'p-mother' },
      citations: ['e1', 'e2'],
      disclosure: { aboutPartyIds: ['p-child'], decision: 'pending' },
    });
    expect(refusal([fine, statement('s2', 'y', { type: 'opinion', by: { name: 'Dra. Soto' } })])).toBeUndefined();
  });

  it('refuses an author, a flagged person or a cited session that is not in the case, naming it', () => {
    expect(refusal([statement('s1', 'x', { by: { partyId: 'p-ghost' } })])).toMatch(
      /"p-ghost", who is not in this case/,
    );
    expect(refusal([statement('s1', 'x', { disclosure: { aboutPartyIds: ['p-ghost'], decision: 'share' } })])).toMatch(
      /about "p-ghost"/,
    );
    expect(refusal([statement('s1', 'x', { citations: ['e1', 'e9'] })])).toMatch(/cites the session "e9"/);
  });
});

describe('where an inserted statement came from', () => {
  function sourceRefusal(source: { entryId: string; sectionId: string }): string | undefined {
    try {
      checkStatementSources(sections({ concerns: [statement('s1', 'x', { source })] }), journalCase());
      return undefined;
    } catch (error) {
      expect((error as AppError).code).toBe('invalid-request');
      return (error as AppError).message;
    }
  }

  it('accepts a section of the case that is reportable now', () => {
    expect(sourceRefusal({ entryId: 'e1', sectionId: 'for-court' })).toBeUndefined();
  });

  it('refuses a private or supervision-only section, or one that is not there, naming the statement and the section', () => {
    expect(sourceRefusal({ entryId: 'e1', sectionId: 'my-reflection' })).toMatch(
      /statement "s1" in concerns comes from the journal section "my-reflection".*not reportable/,
    );
    expect(sourceRefusal({ entryId: 'e1', sectionId: 'what-happened' })).toMatch(/not reportable/);
    // Only in an earlier revision of e1: not a section of it now.
    expect(sourceRefusal({ entryId: 'e1', sectionId: 'old-private' })).toMatch(/"old-private".*not a section/);
    expect(sourceRefusal({ entryId: 'e9', sectionId: 'for-court' })).toMatch(/session "e9", which is not a section/);
  });
});
