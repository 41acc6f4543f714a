/**
 * The `key=value` details of a check (see `shared/domain/report/checks.ts`) as sentences to
 * show: which key, and the values its sentence needs. Unknown details are shown as they are.
 */
import type { ReportVersion } from '../../../shared/domain/report/report';
import { reportSectionKinds, type ReportSectionKind } from '../../../shared/domain/report/reportTaxonomy';

export const detailSentences = [
  'required',
  'shared-on',
  'not-shared',
  'hearing-on',
  'no-hearing-date',
  'working-days',
  'holidays-not-counted',
  'holidays',
  'holidays-skipped',
  'holidays-unknown',
  'holidays-none',
  'statements',
  'absent-reason',
  'source-gone',
  'source-not-reportable',
  'private-passage',
  'private-elsewhere',
  'pending',
  'comments',
  'unanswered',
  'fact-new',
  'fact-changed',
  'fact-stale',
  'fact-gone',
] as const;
export type DetailSentence = (typeof detailSentences)[number];

export type DetailWords =
  | { sentence: DetailSentence; value: string; section?: ReportSectionKind; statement?: number }
  | { sentence: undefined; value: string };

/** `<section kind>/<statement id>[/…]`: the section and the statement's place in it, counting from 1. */
function statementAt(where: string, version: ReportVersion): { section?: ReportSectionKind; statement?: number } {
  const [kind, statementId] = where.split('/');
  if (!(reportSectionKinds as readonly string[]).includes(kind ?? '')) return {};
  const section = kind as ReportSectionKind;
  const index =
    version.sections
      .find((candidate) => candidate.kind === section)
      ?.statements.findIndex((statement) => statement.id === statementId) ?? -1;
  return index === -1 ? { section } : { section, statement: index + 1 };
}

function sectionOf(kind: string): { section?: ReportSectionKind } {
  return (reportSectionKinds as readonly string[]).includes(kind) ? { section: kind as ReportSectionKind } : {};
}

export function checkDetailWords(details: readonly string[], version: ReportVersion): DetailWords[] {
  return details.map((detail) => {
    const split = detail.indexOf('=');
    const key = split === -1 ? detail : detail.slice(0, split);
    const value = split === -1 ? '' : detail.slice(split + 1);
    if (!(detailSentences as readonly string[]).includes(key)) return { sentence: undefined, value: detail };
    const sentence = key as DetailSentence;
    const pointsAtStatement =
      sentence === 'source-gone' ||
      sentence === 'source-not-reportable' ||
      sentence === 'private-passage' ||
      sentence === 'pending' ||
      sentence.startsWith('fact-');
    if (pointsAtStatement) return { sentence, value, ...statementAt(value, version) };
    // `unanswered=<section kind>`: a comment points at a section, not at a statement.
    if (sentence === 'unanswered') return { sentence, value, ...sectionOf(value) };
    return { sentence, value };
  });
}
