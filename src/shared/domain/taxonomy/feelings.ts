/**
 * The practitioner's own state after a session. Positive feelings are listed too, so the record
 * is not only of strain.
 */
export const feelingsByTone = {
  strain: [
    'frustration',
    'discomfort',
    'exhaustion',
    'lack-of-enthusiasm',
    'feeling-questioned',
    'feeling-intimidated',
    'distress',
    'torn-helping-reporting',
  ],
  positive: ['hope', 'satisfaction', 'closeness'],
} as const;

export const feelingTones = ['strain', 'positive'] as const satisfies readonly (keyof typeof feelingsByTone)[];
export type FeelingTone = (typeof feelingTones)[number];

export const feelings = [...feelingsByTone.strain, ...feelingsByTone.positive] as const;
export type Feeling = (typeof feelings)[number];

/** Whether a feeling belongs to the strain or the positive ones. */
export function toneOfFeeling(feeling: Feeling): FeelingTone {
  return (feelingsByTone.positive as readonly Feeling[]).includes(feeling) ? 'positive' : 'strain';
}
