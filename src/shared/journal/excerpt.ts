/** The first words of a reflection as plain text, markdown marks taken out: one rule for main and renderer. */
import type { Entry } from '../domain/entry';

/** Markdown as one line of plain text, cut at about `length` characters on a word boundary. */
export function plainExcerpt(markdown: string, length = 220): string {
  const plain = markdown
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/^\s{0,3}(?:#{1,6}\s+|>\s?|[-*+]\s+|\d+[.)]\s+)/gm, '')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__|\*|_|~~|`)(?=\S)([\s\S]*?\S)\1/g, '$2')
    .replace(/\s+/g, ' ')
    .trim();
  if (plain.length <= length) return plain;
  const cut = plain.slice(0, length);
  const space = cut.lastIndexOf(' ');
  return `${(space > length * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** The opening of an entry: its first section with text. */
export function entryExcerpt(entry: Pick<Entry, 'sections'>, length?: number): string {
  const section = entry.sections.find((candidate) => candidate.text.trim() !== '');
  return section === undefined ? '' : plainExcerpt(section.text, length);
}
