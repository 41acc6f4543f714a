/** The kinds of replacement grouped as the brief's first page and the preview count them. */
import type { ReplacementKind } from '../deidentify/markers';
import type { DeidentificationSummary } from './briefModel';

export type SummaryGroup =
  'names' | 'addresses' | 'phones' | 'datesOfBirth' | 'ids' | 'courtReferences' | 'otherDetails';

const groupOf: Partial<Record<ReplacementKind, SummaryGroup>> = {
  name: 'names',
  address: 'addresses',
  phone: 'phones',
  'date-of-birth': 'datesOfBirth',
  'national-id': 'ids',
  'court-reference': 'courtReferences',
};

/** Every group with its count (0 when nothing of it was replaced); kinds not named above are other details. */
export function summaryGroups(summary: DeidentificationSummary): Record<SummaryGroup, number> {
  const groups: Record<SummaryGroup, number> = {
    names: 0,
    addresses: 0,
    phones: 0,
    datesOfBirth: 0,
    ids: 0,
    courtReferences: 0,
    otherDetails: 0,
  };
  for (const [kind, count] of Object.entries(summary.replaced) as [ReplacementKind, number][]) {
    groups[groupOf[kind] ?? 'otherDetails'] += count;
  }
  return groups;
}
