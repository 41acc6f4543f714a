/**
 * Reads a brief the supervisor sent back: its reference, what was written in its notes space
 * (everything after the "Supervisor's notes" heading, in either language, but the brief's own
 * prompt and the empty ruled lines) and the comments on it. Which brief the reference names is
 * found by the caller (`findReturnedBrief`); here a file is only refused for what it is.
 */
import { briefLabels, fill } from '../../shared/exports/labels/briefTexts';
import { briefLanguages } from '../../shared/exports/language';
import { readReference } from './briefReference';
import type { ReturnedComment, ReturnedDocument } from './returnedDocument';

export type ReturnedBriefReading =
  | { kind: 'brief'; reference: string; tag: string; notes: string[]; comments: ReturnedComment[] }
  /** No reference and no notes heading: not a brief at all. */
  | { kind: 'not-a-brief' }
  /** A brief's notes space, but the reference is gone (copied into another document, or deleted). */
  | { kind: 'no-reference' }
  /** A reference edited by hand (its check fails), or two different ones. */
  | { kind: 'altered-reference'; text: string };

/** Compared without case, runs of spaces, or the Markdown emphasis the brief's own lines carry. */
const normalise = (text: string) =>
  text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[*_]+|[*_]+$/g, '')
    .trim()
    .toLowerCase();

const texts = briefLanguages.map((language) => briefLabels(language).texts);
const notesHeadings = new Set(texts.map((each) => normalise(each.notes.heading)));
/** What the brief itself printed in and around the notes space, never the supervisor's words. */
const printed = new Set(
  texts.flatMap((each) => [
    normalise(each.notes.prompt),
    normalise(fill(each.reference.purpose, { notes: each.notes.heading })),
  ]),
);
/** Any heading a brief prints, so notes stop where the next part of the document starts. */
const briefHeadings = new Set(
  texts.flatMap((each) =>
    Object.values(each).flatMap((value) =>
      typeof value === 'object' && value !== null && 'heading' in value && typeof value.heading === 'string'
        ? [normalise(value.heading)]
        : [],
    ),
  ),
);

export function readReturnedBrief(document: ReturnedDocument): ReturnedBriefReading {
  const whole = document.paragraphs.map((paragraph) => paragraph.text).join('\n');
  const reference = readReference(whole);
  if (reference.kind === 'altered') return { kind: 'altered-reference', text: reference.text };
  const start = document.paragraphs.findIndex((paragraph) => notesHeadings.has(normalise(paragraph.text)));
  if (reference.kind === 'none') return start >= 0 ? { kind: 'no-reference' } : { kind: 'not-a-brief' };
  const notes: string[] = [];
  if (start >= 0) {
    for (const paragraph of document.paragraphs.slice(start + 1)) {
      const text = normalise(paragraph.text);
      if (paragraph.heading || briefHeadings.has(text)) break;
      // Ruled lines typed over with underscores or dashes are not words.
      if (printed.has(text) || /^[\s_\-–—.·]*$/.test(text)) continue;
      notes.push(paragraph.text.trim());
    }
  }
  return { kind: 'brief', reference: reference.reference, tag: reference.tag, notes, comments: document.comments };
}
