/**
 * A reflection's texts as the index keeps them for excerpts: deflated in one small buffer. The
 * index needs them only to quote the few reflections a search shows, and kept as strings they
 * were a third of its memory (45 of 140 MiB over 20 000 reflections); deflated, about a quarter of that.
 */
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { EntryText } from '../../shared/journal/entryTexts';

export type PackedTexts = Uint8Array;

/** [kind, visibility, text, title]: the field a hit names follows from the kind and the title. */
type Row = [EntryText['kind'], EntryText['visibility'], string, string?];

export function packTexts(texts: readonly EntryText[]): PackedTexts {
  const rows = texts.map((text): Row => {
    const row: Row = [text.kind, text.visibility, text.text];
    if (text.title !== undefined) row.push(text.title);
    return row;
  });
  // A copy: zlib answers with a view on its 16 KiB output chunk, which would stay allocated with it.
  return new Uint8Array(deflateRawSync(JSON.stringify(rows)));
}

export function unpackTexts(packed: PackedTexts): EntryText[] {
  const rows = JSON.parse(inflateRawSync(packed).toString('utf8')) as Row[];
  return rows.map(([kind, visibility, text, title]) => {
    if (kind !== 'section') return { kind, field: kind, visibility, text };
    return {
      kind,
      field: title === undefined || title.trim() === '' ? 'section' : title,
      visibility,
      text,
      title: title ?? '',
    };
  });
}
