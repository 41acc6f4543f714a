/**
 * Every piece of free text of a case's part of a supervision, with who may read it, for search.
 * What was discussed and the remarks have the visibility the practitioner chose; the actions and
 * what followed them were agreed with the supervisor and go to the next brief, and the notes sent
 * back were written by the supervisor, so those are read in supervision.
 */
import type { CaseSupervision } from '../domain/supervision';
import type { EntryText } from './entryTexts';

export const supervisionTextKinds = ['discussed', 'remarks', 'action', 'update', 'returned'] as const;
export type SupervisionTextKind = (typeof supervisionTextKinds)[number];

/** The part's texts in reading order, leaving out empty ones. */
export function supervisionTexts(part: CaseSupervision): EntryText[] {
  const texts: EntryText[] = [];
  const add = (kind: SupervisionTextKind, visibility: EntryText['visibility'], text: string | undefined) => {
    if (text !== undefined && text.trim() !== '') texts.push({ kind, field: kind, visibility, text });
  };
  add('discussed', part.visibility, part.discussed);
  add('remarks', part.visibility, part.remarks);
  for (const action of part.actions) {
    add('action', 'supervision', action.what);
    for (const update of action.updates) add('update', 'supervision', update.note);
  }
  for (const returned of part.returned) {
    for (const note of returned.notes) add('returned', 'supervision', note);
    for (const comment of returned.comments) add('returned', 'supervision', comment.text);
  }
  return texts;
}
