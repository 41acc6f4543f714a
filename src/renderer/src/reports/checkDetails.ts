/** The values a check reports (section ids, party ids, days) in the practitioner's words. */
import type { Party } from '../../../shared/domain/party';
import { reportSectionKinds, type ReportSectionKind } from '../../../shared/domain/report/reportTaxonomy';

export function checkDetailWords(
  details: readonly string[],
  parties: readonly Party[],
  sectionName: (kind: ReportSectionKind) => string,
): string[] {
  return details.map((detail) => {
    if ((reportSectionKinds as readonly string[]).includes(detail)) return sectionName(detail as ReportSectionKind);
    return parties.find((party) => party.id === detail)?.name ?? detail;
  });
}
