/**
 * The read-back check of a written brief: every line of the file goes through the brief's
 * de-identifier again, with the app's own pseudonyms and markers blanked out, and whatever it
 * would still replace is reported.
 */
import type { Deidentifier, Replacement } from '../../../shared/exports/deidentify/deidentifier';
import { escapeRegExp } from '../../../shared/text/normalize';

/** Blanks out every occurrence of the given labels (same length, so nothing joins up). */
export function masker(labels: readonly string[]): (text: string) => string {
  const sorted = [...new Set(labels)].filter((label) => label !== '').sort((a, b) => b.length - a.length);
  if (sorted.length === 0) return (text) => text;
  const pattern = new RegExp(sorted.map(escapeRegExp).join('|'), 'gu');
  return (text) => text.replace(pattern, (label) => ' '.repeat(label.length));
}

/**
 * Checks written text line by line, each distinct line once for the brief: the Markdown, HTML and
 * DOCX of one brief hold mostly the same lines, so the second and third formats cost little, and
 * so does writing the brief again. A text that holds something gets the de-identifier's tally of
 * it, and the next text a new de-identifier, as a newly prepared brief would.
 */
export function lineChecker(
  create: () => { deidentifier: Deidentifier; mask: (text: string) => string },
): (text: string) => Replacement[] {
  let checker: ReturnType<typeof create> | undefined;
  const clean = new Set<string>();
  return (text) => {
    checker ??= create();
    const { deidentifier, mask } = checker;
    // Every line not yet known clean goes in one batch: the de-identifier is quicker over many at once.
    const lines = [...new Set(text.split('\n'))].filter((line) => !clean.has(line));
    let found = false;
    deidentifier.texts(lines.map(mask)).forEach(({ replaced }, index) => {
      if (replaced > 0) found = true;
      else clean.add(lines[index] ?? '');
    });
    if (!found) return [];
    checker = undefined;
    return deidentifier.replacements();
  };
}
