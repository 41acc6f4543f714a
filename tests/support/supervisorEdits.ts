/**
 * What a supervisor's word processor does to a brief's DOCX: a paragraph typed under the notes
 * heading, and a Word comment anchored in a paragraph, with the parts Word adds for it
 * (`word/comments.xml`, its relationship and content type). Used by the tests of the returned
 * brief, which must read what a real editor writes, not what the app wrote.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

export interface SupervisorEdits {
  /** Typed as paragraphs right under the heading (Word keeps the heading's following style). */
  notes?: { heading: string; paragraphs: string[] };
  comment?: { author: string; text: string; onParagraphContaining: string };
}

const wordNamespace = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

const escape = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
const paragraph = (text: string) => `<w:p><w:r><w:t xml:space="preserve">${escape(text)}</w:t></w:r></w:p>`;

/** The first whole paragraph (`<w:p …>…</w:p>`) whose text holds `needle`, or is it when `whole`. */
function findParagraph(xml: string, needle: string, whole = false): { start: number; end: number } {
  const pattern = /<w:p[ >][\s\S]*?<\/w:p>/g;
  for (const match of xml.matchAll(pattern)) {
    const text = match[0].replace(/<[^>]+>/g, '').trim();
    const found = whole ? text === escape(needle) : text.includes(escape(needle));
    if (found) return { start: match.index, end: match.index + match[0].length };
  }
  throw new Error(`No paragraph holds “${needle}”.`);
}

export function editAsSupervisor(docx: Uint8Array, edits: SupervisorEdits): Uint8Array {
  const parts = unzipSync(docx);
  let document = strFromU8(parts['word/document.xml']!);
  if (edits.comment !== undefined) {
    const { start, end } = findParagraph(document, edits.comment.onParagraphContaining);
    const whole = document.slice(start, end);
    const opening = whole.indexOf('>') + 1;
    const properties = whole.indexOf('</w:pPr>');
    const after = properties >= 0 ? properties + '</w:pPr>'.length : opening;
    const anchored =
      whole.slice(0, after) +
      '<w:commentRangeStart w:id="7"/>' +
      whole.slice(after, -'</w:p>'.length) +
      '<w:commentRangeEnd w:id="7"/><w:r><w:commentReference w:id="7"/></w:r></w:p>';
    document = document.slice(0, start) + anchored + document.slice(end);
    parts['word/comments.xml'] = strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments xmlns:w="${wordNamespace}">` +
        `<w:comment w:id="7" w:author="${escape(edits.comment.author)}" w:date="2025-04-01T10:00:00Z" w:initials="S">` +
        `${paragraph(edits.comment.text)}</w:comment></w:comments>`,
    );
    const relationships = strFromU8(parts['word/_rels/document.xml.rels']!);
    parts['word/_rels/document.xml.rels'] = strToU8(
      relationships.replace(
        '</Relationships>',
        '<Relationship Id="rIdSupervisorComments" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/></Relationships>',
      ),
    );
    const types = strFromU8(parts['[Content_Types].xml']!);
    if (!types.includes('/word/comments.xml'))
      parts['[Content_Types].xml'] = strToU8(
        types.replace(
          '</Types>',
          '<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/></Types>',
        ),
      );
  }
  if (edits.notes !== undefined) {
    const { end } = findParagraph(document, edits.notes.heading, true);
    document = document.slice(0, end) + edits.notes.paragraphs.map(paragraph).join('') + document.slice(end);
  }
  parts['word/document.xml'] = strToU8(document);
  return zipSync(parts);
}
