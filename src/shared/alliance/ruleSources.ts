/** Which studies each rule comes from (see `sources.ts`). */
import type { SourceId } from './sources';
import type { RuleId } from './warning';

export const ruleSources = {
  // 1 and 2 SD below the running mean: the lenient and the strict criterion Gumz et al. compare.
  'alliance-fall': ['stiles-2004', 'gumz-2012'],
  // Unrepaired ruptures predicted worse outcomes than repaired ones or none.
  'unrepaired-fall': ['mclaughlin-2014', 'stiles-2004'],
  // Clients rate the alliance higher than therapists, and the two agree only moderately.
  'perception-gap': ['tryon-2007'],
  // Dropout families had more unbalanced parent and adolescent alliances.
  'split-alliance': ['robbins-2003', 'friedlander-2006'],
  // Parent alliance went with fewer cancellations and no-shows; weak alliance with dropout.
  'engagement-risk': ['hawley-2005', 'sharf-2010'],
  // The 3RS codes what the therapist did about each rupture; Aspland's steps name what to try.
  'unrecorded-repair': ['eubanks-2019', 'aspland-2008'],
  // Withdrawal markers: minimal answers, avoidance, deference (Safran & Muran).
  'repeated-withdrawal': ['safran-2000', 'eubanks-2019'],
} as const satisfies Record<RuleId, readonly SourceId[]>;
