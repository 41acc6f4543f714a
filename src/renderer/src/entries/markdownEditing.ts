/**
 * The editor toolbar's text transforms, as pure edits: what to replace and where the selection
 * goes afterwards. The textarea applies them through the browser's editing commands, so Ctrl+Z
 * undoes a toolbar action like any typing.
 */

export const markdownFormats = ['bold', 'italic', 'heading', 'bulleted', 'numbered', 'quote'] as const;
export type MarkdownFormat = (typeof markdownFormats)[number];

/** Replace `start..end` by `insert`, then select `selectionStart..selectionEnd` (in the new text). */
export interface TextEdit {
  start: number;
  end: number;
  insert: string;
  selectionStart: number;
  selectionEnd: number;
}

export function applyEdit(text: string, edit: TextEdit): string {
  return text.slice(0, edit.start) + edit.insert + text.slice(edit.end);
}

/** The edit that applies (or, when already applied, removes) a format at the selection. */
export function formatEdit(
  text: string,
  selectionStart: number,
  selectionEnd: number,
  format: MarkdownFormat,
): TextEdit {
  const start = Math.max(0, Math.min(selectionStart, selectionEnd, text.length));
  const end = Math.min(text.length, Math.max(selectionStart, selectionEnd));
  switch (format) {
    case 'bold':
      return emphasisEdit(text, start, end, 2);
    case 'italic':
      return emphasisEdit(text, start, end, 1);
    default:
      return lineEdit(text, start, end, format);
  }
}

/** Wraps the selection in `*` (italic) or `**` (bold), or unwraps it when it is wrapped already. */
function emphasisEdit(text: string, start: number, end: number, size: 1 | 2): TextEdit {
  // Leave spaces at the selection's edges outside the markers: `** word**` is not bold.
  while (start < end && /\s/.test(text.charAt(start))) start += 1;
  while (end > start && /\s/.test(text.charAt(end - 1))) end -= 1;
  const selected = text.slice(start, end);
  const marker = '*'.repeat(size);

  const inside = Math.min(leadingStars(selected), trailingStars(selected));
  if (selected.length > 2 * size && isWrapped(inside, size)) {
    const inner = selected.slice(size, selected.length - size);
    return { start, end, insert: inner, selectionStart: start, selectionEnd: start + inner.length };
  }
  const around = Math.min(trailingStars(text.slice(0, start)), leadingStars(text.slice(end)));
  if (isWrapped(around, size)) {
    return {
      start: start - size,
      end: end + size,
      insert: selected,
      selectionStart: start - size,
      selectionEnd: end - size,
    };
  }
  return {
    start,
    end,
    insert: `${marker}${selected}${marker}`,
    selectionStart: start + size,
    selectionEnd: end + size,
  };
}

/** `***x***` is bold and italic: bold needs two stars, italic an odd number. */
function isWrapped(stars: number, size: 1 | 2): boolean {
  return size === 2 ? stars >= 2 : stars % 2 === 1;
}

function leadingStars(text: string): number {
  return /^\**/.exec(text)?.[0].length ?? 0;
}

function trailingStars(text: string): number {
  return /\**$/.exec(text)?.[0].length ?? 0;
}

type LineFormat = Exclude<MarkdownFormat, 'bold' | 'italic'>;

const linePrefixes: Record<LineFormat, RegExp> = {
  heading: /^#{1,6} /,
  bulleted: /^[-*+] /,
  numbered: /^\d+[.)] /,
  quote: /^> ?/,
};

/** Any list or heading mark a line may start with, replaced when another line format is chosen. */
const blockPrefix = /^(?:#{1,6} |[-*+] |\d+[.)] )/;

/** Adds the line format to every line of the selection, or removes it when all of them have it. */
function lineEdit(text: string, start: number, end: number, format: LineFormat): TextEdit {
  const blockStart = text.lastIndexOf('\n', start - 1) + 1;
  // A selection that ends at the very start of a line does not take that line in.
  const lastLineEnd = end > start && text.charAt(end - 1) === '\n' ? end - 1 : end;
  const newline = text.indexOf('\n', lastLineEnd);
  const blockEnd = newline === -1 ? text.length : newline;
  const lines = text.slice(blockStart, blockEnd).split('\n');
  const written = lines.filter((line) => line.trim() !== '');
  const pattern = linePrefixes[format];
  const remove = written.length > 0 && written.every((line) => pattern.test(line));

  let number = 0;
  const changed = lines.map((line) => {
    if (remove) return line.replace(pattern, '');
    if (line.trim() === '' && lines.length > 1) return line;
    number += 1;
    const prefix = { heading: '## ', bulleted: '- ', numbered: `${number}. `, quote: '> ' }[format];
    return prefix + (format === 'quote' ? line : line.replace(blockPrefix, ''));
  });
  const insert = changed.join('\n');
  const single = lines.length === 1 && start === end;
  if (single) {
    // Keep the caret on the same character of the line.
    const caret = Math.max(blockStart, start + insert.length - (blockEnd - blockStart));
    return { start: blockStart, end: blockEnd, insert, selectionStart: caret, selectionEnd: caret };
  }
  return {
    start: blockStart,
    end: blockEnd,
    insert,
    selectionStart: blockStart,
    selectionEnd: blockStart + insert.length,
  };
}
