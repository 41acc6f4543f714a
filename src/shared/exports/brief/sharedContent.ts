/**
 * What of a reflection may reach a supervisor, taken out before anything else is built, so no
 * later step can even see a private text: sections marked supervision or reportable, the
 * supervision questions, tension and strategy notes (supervision by design, see `textVisibility`),
 * ratings, feelings only where the practitioner shared them, and which relationships were noted
 * strong or strained (for the ecomap: the relationship and its quality, never the note's text).
 * Prompt answers, private sections, attendees, relationship notes' texts and earlier revisions
 * never come along.
 */
import type { Entry } from '../../domain/entry';
import type { AllianceRatings } from '../../domain/ratings';
import type { RelationshipNote, StrategyUse, Tension } from '../../domain/reflexivity';
import type { Section } from '../../domain/section';
import type { Feeling, Phase } from '../../domain/taxonomy';
import { textVisibility } from '../../journal/entryTexts';

export interface SharedEntry {
  id: string;
  sessionDate: string;
  phase: Phase;
  sections: Section[];
  tensions: Tension[];
  strategies: StrategyUse[];
  /** Relationships noted strong or strained, without the note. */
  relationships: Pick<RelationshipNote, 'relationship' | 'quality'>[];
  ratings: AllianceRatings;
  /** Empty unless the feelings were shared for supervision. */
  feelings: Feeling[];
  feelingNote?: string;
  supervisionQuestions: string[];
}

/** The part of an entry a supervision brief may use. */
export function sharedContent(entry: Entry): SharedEntry {
  const feelingsShared = entry.feelingsVisibility === 'supervision';
  const note = (text: string | undefined, kind: 'tension' | 'strategy') =>
    text !== undefined && (textVisibility[kind] as string) !== 'private' ? { note: text } : {};
  return {
    id: entry.id,
    sessionDate: entry.sessionDate,
    phase: entry.phase,
    sections: entry.sections.filter((section) => section.visibility !== 'private' && section.text.trim() !== ''),
    tensions: entry.tensions.map(({ note: text, ...tension }) => ({ ...tension, ...note(text, 'tension') })),
    strategies: entry.strategies.map(({ note: text, ...use }) => ({ ...use, ...note(text, 'strategy') })),
    relationships: entry.relationships.map(({ relationship, quality }) => ({ relationship, quality })),
    ratings: entry.ratings,
    feelings: feelingsShared ? [...entry.feelings] : [],
    ...(feelingsShared && entry.feelingNote !== undefined && entry.feelingNote.trim() !== ''
      ? { feelingNote: entry.feelingNote }
      : {}),
    supervisionQuestions:
      (textVisibility.question as string) === 'private'
        ? []
        : entry.supervisionQuestions.filter((question) => question.trim() !== ''),
  };
}
