/**
 * Places left in a brief that could identify the family: schools, health centres, programmes,
 * communes and neighbourhoods. They are not removed silently (a supervisor may need to know the
 * child changed schools); each is listed with a one-click "generalise" and "keep", and what the
 * practitioner kept is not listed again.
 */
import { fold } from '../../text/normalize';
import type { BriefLanguage } from '../language';
import { contextAround } from './context';
import { findQuasiIdentifiers, generalisedLabel, type QuasiIdentifierKind } from './quasiIdentifiers';

export interface PlaceWarning {
  /** As first written in the brief. */
  text: string;
  kind: QuasiIdentifierKind;
  count: number;
  contexts: string[];
  /** What "generalise" would put in its place. */
  label: string;
}

export function createPlaceScan(kept: readonly string[], language: BriefLanguage) {
  const keep = new Set(kept.map(fold));
  const found = new Map<string, PlaceWarning>();
  return {
    scan(text: string): void {
      for (const place of findQuasiIdentifiers(text)) {
        const key = fold(place.text);
        if (keep.has(key)) continue;
        const warning = found.get(key) ?? {
          text: place.text,
          kind: place.kind,
          count: 0,
          contexts: [],
          label: generalisedLabel(place.kind, language),
        };
        warning.count += 1;
        if (warning.contexts.length < 3) {
          warning.contexts.push(contextAround(text, place.start, place.end - place.start));
        }
        found.set(key, warning);
      }
    },
    warnings: (): PlaceWarning[] =>
      [...found.values()].sort((a, b) => b.count - a.count || a.text.localeCompare(b.text)),
  };
}
