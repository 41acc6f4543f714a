/**
 * Every piece of free text in a reflection, with who may read it. Search indexes these pieces and
 * filters on their visibility; a piece's `field` is what a search hit says it matched in.
 */
import type { EntryContent } from '../domain/entry';
import type { SectionVisibility } from '../domain/taxonomy';
import type { SupervisionTextKind } from './supervisionTexts';

/** The kinds of text besides sections; a section is reported by its own title. */
export const textKinds = ['prompt', 'question', 'feeling', 'tension', 'strategy', 'relationship'] as const;
export type TextKind = (typeof textKinds)[number];

export interface EntryText {
  /** `section` for a section's text and title, otherwise the kind of text (of a reflection or a supervision). */
  kind: 'section' | TextKind | SupervisionTextKind;
  /** What a search hit names: the section title (or "section" when it has none), otherwise the kind. */
  field: string;
  /** A section's title, searched with more weight than its text. */
  title?: string;
  visibility: SectionVisibility;
  text: string;
}

/**
 * Who reads what, besides sections (which carry their own visibility): prompt answers are
 * reflexive and stay private; supervision questions exist for the supervisor; tension, strategy
 * and relationship notes belong with the tensions and strategies a supervision brief shows.
 */
export const textVisibility = {
  prompt: 'private',
  question: 'supervision',
  tension: 'supervision',
  strategy: 'supervision',
  relationship: 'supervision',
} as const satisfies Record<Exclude<TextKind, 'feeling'>, SectionVisibility>;

/** The entry's texts in reading order, leaving out empty ones. */
export function entryTexts(content: EntryContent): EntryText[] {
  const texts: EntryText[] = [];
  const add = (kind: Exclude<TextKind, 'feeling'>, text: string | undefined) => {
    if (text !== undefined && text.trim() !== '')
      texts.push({ kind, field: kind, visibility: textVisibility[kind], text });
  };
  for (const section of content.sections) {
    if (section.text.trim() === '' && section.title.trim() === '') continue;
    texts.push({
      kind: 'section',
      field: section.title.trim() === '' ? 'section' : section.title,
      title: section.title,
      visibility: section.visibility,
      text: section.text,
    });
  }
  for (const answer of content.promptAnswers) add('prompt', answer.answer);
  for (const question of content.supervisionQuestions) add('question', question);
  if (content.feelingNote !== undefined && content.feelingNote.trim() !== '') {
    texts.push({
      kind: 'feeling',
      field: 'feeling',
      visibility: content.feelingsVisibility,
      text: content.feelingNote,
    });
  }
  for (const tension of content.tensions) add('tension', tension.note);
  for (const strategy of content.strategies) add('strategy', strategy.note);
  for (const relationship of content.relationships) add('relationship', relationship.note);
  return texts;
}
