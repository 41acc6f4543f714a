/**
 * The current state of one case's export file from every device's revisions of it: pure. The
 * export log holds every line either device logged, oldest first; words, places and written
 * pseudonyms are the current ones; ordinals given apart are made unique again (ordinals.ts).
 */
import { caseExportsVersion, type CaseExports } from '../../shared/exports/exportLog';
import type { CustomPseudonym, ExportRecord, OtherPerson, PlaceDecision } from '../../shared/exports/exportLog';
import type { PseudonymAssignment } from '../../shared/exports/deidentify/pseudonyms';
import { conflictsOf, type Conflict } from './conflicts';
import { mergeRevisions, type MergedRevisions } from './mergeRevisions';
import { withUniqueOrdinals, type Renumbered } from './ordinals';
import { compareRevisions, type Revision } from './revision';
import { currentValuesOf } from './currentValues';

export interface ExportsState {
  exports: CaseExports;
  conflicts: Conflict[];
  /** Ordinals given apart to two people, and the one the later took instead. */
  renumbered: Renumbered[];
  merged: MergedRevisions;
}

export function exportsStateOf(caseId: string, revisions: Iterable<Revision>): ExportsState {
  const merged = mergeRevisions(revisions);
  const pseudonyms = withUniqueOrdinals(
    currentValuesOf<PseudonymAssignment>(merged, 'pseudonym').map(({ value, register }) => ({
      item: value,
      group: value.role,
      ordinal: value.ordinal,
      key: register.key,
    })),
  );
  const others = withUniqueOrdinals(
    currentValuesOf<OtherPerson>(merged, 'other').map(({ value, register }) => ({
      item: value,
      group: 'other',
      ordinal: value.ordinal,
      key: register.key,
    })),
  );
  const lines = currentValuesOf<ExportRecord>(merged, 'export').sort(
    (left, right) =>
      Date.parse(left.value.exportedAt) - Date.parse(right.value.exportedAt) ||
      compareRevisions(left.register.first, right.register.first),
  );
  return {
    exports: {
      version: caseExportsVersion,
      caseId,
      safeWords: currentValuesOf<string>(merged, 'safeWord').map(({ value }) => value),
      nameWords: currentValuesOf<string>(merged, 'nameWord').map(({ value }) => value),
      pseudonyms: pseudonyms.items.map(({ item, ordinal }) => ({ ...item, ordinal })),
      customPseudonyms: currentValuesOf<CustomPseudonym>(merged, 'customPseudonym').map(({ value }) => value),
      others: others.items.map(({ item, ordinal }) => ({ ...item, ordinal })),
      places: currentValuesOf<PlaceDecision>(merged, 'place').map(({ value }) => value),
      exports: lines.map(({ value }) => value),
    },
    conflicts: conflictsOf(merged),
    renumbered: [...pseudonyms.renumbered, ...others.renumbered],
    merged,
  };
}
