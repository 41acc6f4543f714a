/**
 * The line numbers of the caregiver's review copy: every line of text in its report sections,
 * cut at `numberedLineWidth` characters, counted from 1. The Markdown and DOCX writers print these
 * lines, and the report screen shows a shared version with the same numbers, so "line 12" in the
 * caregiver's comment is line 12 on the screen too. Headings, lists, fields, quotes and comment
 * spaces are not numbered.
 */
import type { ReportBlock } from './reportDocument';
import { statementParagraphs, textParagraphs, wrap } from './paragraphs';

/** The paragraphs of a block the review copy numbers, each as its printed lines; none for a block it does not number. */
export function numberedParagraphs(block: ReportBlock): string[][] {
  switch (block.kind) {
    case 'paragraph':
      return textParagraphs(block.text).map((lines) => lines.flatMap(wrap));
    case 'statement':
      return statementParagraphs(block).map((lines) => lines.flatMap(wrap));
    default:
      return [];
  }
}

export interface NumberedLine {
  number: number;
  text: string;
}

/** Each block of a review copy's body with its numbered paragraphs (empty for a block without numbers). */
export function numberedBody(body: readonly ReportBlock[]): { block: ReportBlock; paragraphs: NumberedLine[][] }[] {
  let next = 1;
  return body.map((block) => ({
    block,
    paragraphs: numberedParagraphs(block).map((lines) => lines.map((text) => ({ number: next++, text }))),
  }));
}
