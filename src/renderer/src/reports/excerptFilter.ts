/** The "insert from journal" filter: every word typed must appear in the excerpt's title or text. */
import type { ReportableExcerpt } from '../../../shared/reports/requests';

/** Lower case without accents, so "visita" finds "Visita" and "maria" finds "María". */
function folded(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
}

export function filterExcerpts(excerpts: readonly ReportableExcerpt[], query: string): ReportableExcerpt[] {
  const words = folded(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...excerpts];
  return excerpts.filter((excerpt) => {
    const haystack = folded(`${excerpt.title} ${excerpt.text}`);
    return words.every((word) => haystack.includes(word));
  });
}

/** The first words of an excerpt, cut at a word boundary. */
export function previewOf(text: string, limit = 220): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= limit) return flat;
  const cut = flat.slice(0, limit);
  const space = cut.lastIndexOf(' ');
  return `${cut.slice(0, space > limit / 2 ? space : limit)}…`;
}
