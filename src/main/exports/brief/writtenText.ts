/**
 * The text a written brief shows its reader, read back from the bytes: the Markdown as it is, an
 * HTML page without its tags (links and titles kept, since a reader can see them), and a DOCX's
 * body, headers, footers and document properties. De-identification is checked once more on
 * this, so no writer can put back what the model took out.
 */
import { decodeHTML, decodeXML } from 'entities';
import { strFromU8, unzipSync } from 'fflate';
import type { WrittenBriefFormat } from '../../../shared/exports/brief/fileName';

export function writtenText(format: WrittenBriefFormat, bytes: Uint8Array): string {
  switch (format) {
    case 'md':
      return Buffer.from(bytes).toString('utf8');
    case 'html':
      return htmlText(Buffer.from(bytes).toString('utf8'));
    case 'docx':
      return docxText(bytes);
  }
}

/** The visible text of an HTML page, and the values of the attributes a reader can see or follow. */
function htmlText(html: string): string {
  const withoutStyle = html.replace(/<(style|script)\b[\s\S]*?<\/\1\s*>/gi, ' ');
  const attributes = [...withoutStyle.matchAll(/\s(?:href|title|alt|aria-label)\s*=\s*"([^"]*)"/gi)].map(
    (match) => match[1] ?? '',
  );
  const body = withoutStyle.replace(/<\/(?:p|div|li|tr|h[1-6]|blockquote|pre|table|section|article)>/gi, '\n');
  return decodeHTML([body.replace(/<[^>]*>/g, ''), ...attributes].join('\n'));
}

/** The paragraphs of every part of a DOCX a reader sees, runs joined as Word joins them. */
function docxText(bytes: Uint8Array): string {
  const parts = unzipSync(bytes, {
    filter: (file) =>
      /^(?:word\/(?:document|header\d*|footer\d*|footnotes|endnotes|comments)|docProps\/\w+)\.xml$/.test(file.name),
  });
  return Object.entries(parts)
    .map(([name, content]) => {
      const xml = strFromU8(content);
      if (!name.startsWith('word/')) return decodeXML(xml.replace(/<[^>]*>/g, ' '));
      return xml
        .split(/<\/w:p>/)
        .map((paragraph) =>
          [...paragraph.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:tab\/>|<w:br\/>/g)]
            .map((run) => (run[1] === undefined ? ' ' : decodeXML(run[1])))
            .join(''),
        )
        .join('\n');
    })
    .join('\n');
}
