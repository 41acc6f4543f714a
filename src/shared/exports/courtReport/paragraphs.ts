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
