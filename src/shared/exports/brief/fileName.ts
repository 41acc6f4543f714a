/** The file name the app suggests for a brief: no names, no accents, no spaces. */
import { fold } from '../../text/normalize';
import type { BriefLabels } from '../labels/briefTexts';
import type { BriefModel } from './briefModel';

export const briefFormats = ['docx', 'md', 'html', 'pdf'] as const;
export type BriefFormat = (typeof briefFormats)[number];
/** The formats main writes itself; a PDF is printed from the HTML by whoever can print. */
export type WrittenBriefFormat = Exclude<BriefFormat, 'pdf'>;

/** A case label as a piece of a file name: "Familia R." → "familia-r" (no accents, at most 40 characters). */
export function fileNameSlug(label: string): string {
  return fold(label)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
}

/** "supervision-brief_family-r_2025-03-20.docx", from the de-identified case label. */
export function suggestedFileName(model: BriefModel, labels: BriefLabels, format: BriefFormat): string {
  const slug = fileNameSlug(model.facts.caseLabel);
  return (
    [labels.texts.fileNamePrefix, slug, model.facts.producedOn].filter((part) => part !== '').join('_') + `.${format}`
  );
}
