import { describe, expect, it } from 'vitest';
import { bothLoaded, type Loaded } from '../../../src/renderer/src/api/loadState';
import { draftsOfCase } from '../../../src/renderer/src/entries/useCaseDrafts';
import type { Draft } from '../../../src/shared/journal/requests';

const loading = { kind: 'loading' } as const;
const loaded = <T>(value: T): Loaded<T> => ({ kind: 'loaded', value });
const failed = (code: 'integrity' | 'locked'): Loaded<never> => ({ kind: 'failed', error: { code, message: code } });

describe('two reads a screen needs both of', () => {
  it('are loaded only once both are, in order', () => {
    expect(bothLoaded(loaded('case'), loaded(['draft']))).toEqual(loaded(['case', ['draft']]));
    expect(bothLoaded(loaded('case'), loading)).toEqual(loading);
    expect(bothLoaded(loading, loaded('drafts'))).toEqual(loading);
  });

  it('fail as soon as either fails, whatever the other is doing', () => {
    expect(bothLoaded(loading, failed('integrity'))).toEqual(failed('integrity'));
    expect(bothLoaded(failed('locked'), loading)).toEqual(failed('locked'));
    expect(bothLoaded(loaded('case'), failed('integrity'))).toEqual(failed('integrity'));
    expect(bothLoaded(failed('locked'), failed('integrity'))).toEqual(failed('locked'));
  });
});

describe("a case's drafts", () => {
  it('are those of that case only, in the order main gave', () => {
    const draft = (draftId: string, caseId: string) => ({ draftId, caseId }) as unknown as Draft;
    const all = [draft('d1', 'a'), draft('d2', 'b'), draft('d3', 'a')];
    expect(draftsOfCase(all, 'a').map((one) => one.draftId)).toEqual(['d1', 'd3']);
    expect(draftsOfCase(all, 'c')).toEqual([]);
  });
});
