/** How both writers read a statement's plain text: paragraphs split by blank lines, each a few lines. */

/** The non-blank paragraphs of `text`, as written (lines still joined by `\n`). */
export function paragraphsOf(text: string): string[] {
  return text
    .trim()
    .split(/\n\s*\n/)
    .filter((paragraph) => paragraph.trim() !== '');
}

/** The lines of one paragraph, trimmed, blank ones left out. */
export function linesOf(paragraph: string): string[] {
  return paragraph
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/**
 * Characters per numbered line of the review copy: short enough to read on a phone, and to fit a
 * printed line of the DOCX's 12-point type with room to spare (76 did not always: a line that
 * wraps on paper takes two of Word's numbers, and every number after it is off by one).
 */
export const numberedLineWidth = 64;

/** A line cut into lines of at most `numberedLineWidth` characters, at spaces (a longer word stays whole). */
export function wrap(line: string): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of line.split(/\s+/).filter((item) => item !== '')) {
    if (current !== '' && current.length + 1 + word.length > numberedLineWidth) {
      lines.push(current);
      current = word;
    } else current = current === '' ? word : `${current} ${word}`;
  }
  if (current !== '') lines.push(current);
  return lines;
}

/** The paragraphs of a text, each as its lines. */
export function textParagraphs(text: string): string[][] {
  return paragraphsOf(text).map(linesOf);
}

/** A statement as the writers print it: its label, its text's paragraphs, then the sessions it cites. */
export function statementParagraphs(block: { label: string; text: string; sessions?: string }): string[][] {
  return [[block.label], ...textParagraphs(block.text), ...(block.sessions === undefined ? [] : [[block.sessions]])];
}
