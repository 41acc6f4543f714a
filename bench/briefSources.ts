/**
 * What `prepareBrief` reads, over one case held in memory: the case, an empty export log, the
 * dictionaries and a fixed day. The brief benchmarks time the app's path from here on.
 */
import type { prepareBrief } from '../src/main/exports/brief/briefPipeline';
import type { CaseWithEntries } from '../src/shared/domain/case';
import type { Lexicon } from '../src/shared/exports/deidentify/warnings';
import { emptyCaseExports } from '../src/shared/exports/exportLog';

export function briefSources(journalCase: CaseWithEntries, lexicon: Lexicon): Parameters<typeof prepareBrief>[0] {
  return {
    store: { readCase: () => Promise.resolve(journalCase) },
    log: { read: () => Promise.resolve(emptyCaseExports(journalCase.id)) },
    lexicon: () => Promise.resolve(lexicon),
    today: () => '2030-01-01',
  } as unknown as Parameters<typeof prepareBrief>[0];
}
