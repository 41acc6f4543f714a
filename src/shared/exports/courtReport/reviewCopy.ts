/**
 * The caregiver's review copy: a cover note in plain words, then each section with its
 * statements labelled as a person under stress can read them, and room for comments after each.
 * Statements held back for a disclosure decision (withheld, or not decided yet) are left out
 * without a trace: another family member reads this copy. The final report counts them for the
 * court, quoting none.
 */
import { statementWords } from '../../domain/report/factWords';
import type { Statement } from '../../domain/report/report';
import { reportSectionKinds } from '../../domain/report/reportTaxonomy';
import { statementTypes } from '../../domain/taxonomy';
import { fill, type ReportLabels } from '../labels/reportTexts';
import { childrenOf, courtOf, identificationRows, sessionDatesOf, type ReportDocumentInput } from './documentInput';
import type { CourtReportDocument, ReportBlock } from './reportDocument';
import { citedDates, sessionsSentence, statementLabel } from './statementWords';
import { weekendsOnly, workingDaysBefore, type PublicHolidays } from '../../domain/report/workingDays';

/** Ruled lines in each comment space. */
const commentLines = 6;

/** Whether the caregiver may read a statement: any disclosure flag must have been decided as `share`. */
export function readableByCaregiver(statement: Statement): boolean {
  return statement.disclosure === undefined || statement.disclosure.decision === 'share';
}

/**
 * The day the caregiver's comments are asked for: the working day before the hearing (public
 * holidays skipped), so they still count. None when the hearing date is unknown or that day is not after the day the copy
 * was shared: a date already past would tell them it is too late.
 */
export function commentDeadline(
  hearing: string | undefined,
  sharedOn: string | undefined,
  holidays: PublicHolidays = weekendsOnly,
): string | undefined {
  if (hearing === undefined) return undefined;
  const deadline = workingDaysBefore(hearing, 1, holidays);
  return sharedOn === undefined || deadline > sharedOn ? deadline : undefined;
}

function coverNote(input: ReportDocumentInput, labels: ReportLabels): ReportBlock[] {
  const { report } = input;
  const cover = labels.texts.review.cover;
  const court = courtOf(report, labels);
  const date = report.hearing.date;
  const paragraph = (text: string): ReportBlock => ({ kind: 'paragraph', text });
  const deadline = commentDeadline(date, input.version.sharedWith?.date, input.holidays);
  return [
    { kind: 'fields', rows: identificationRows(input, labels) },
    { kind: 'heading', level: 2, text: cover.heading },
    paragraph(fill(cover.what, { court })),
    paragraph(cover.draft),
    paragraph(
      date === undefined ? cover.hearingUnknown : fill(cover.hearing, { date: labels.formatDate(date), court }),
    ),
    paragraph(cover.howToComment),
    paragraph(
      deadline === undefined ? cover.deadlineUnknown : fill(cover.deadline, { date: labels.formatDate(deadline) }),
    ),
    paragraph(cover.labelsIntro),
    { kind: 'list', items: statementTypes.map((type) => cover.legend[type]) },
  ];
}

function sectionsBody(input: ReportDocumentInput, labels: ReportLabels): ReportBlock[] {
  const texts = labels.texts.review;
  const sessionDates = sessionDatesOf(input.journalCase);
  const blocks: ReportBlock[] = [];
  reportSectionKinds.forEach((kind, index) => {
    const title = texts.sections[kind];
    blocks.push({ kind: 'heading', level: 2, text: `${index + 1}. ${title}` });
    const statements = (input.version.sections.find((section) => section.kind === kind)?.statements ?? []).filter(
      readableByCaregiver,
    );
    if (statements.length === 0) {
      blocks.push({ kind: 'paragraph', text: kind === 'caregiver-view' ? texts.caregiverViewEmpty : texts.empty });
    }
    for (const statement of statements) {
      const sessions = sessionsSentence(
        citedDates(statement, sessionDates, labels),
        texts.session,
        texts.sessions,
        labels,
      );
      blocks.push({
        kind: 'statement',
        label: statementLabel(statement, input.journalCase.parties, texts.statements),
        text: statementWords(statement, labels.language),
        ...(sessions === undefined ? {} : { sessions }),
        statementId: statement.id,
      });
    }
    blocks.push({
      kind: 'comment-space',
      heading: fill(texts.commentHeading, { section: title }),
      prompt: texts.commentPrompt,
      lines: commentLines,
    });
  });
  return blocks;
}

export function reviewCopy(input: ReportDocumentInput, labels: ReportLabels): CourtReportDocument {
  const texts = labels.texts.review;
  const children = childrenOf(input.journalCase);
  return {
    kind: 'review',
    language: labels.language,
    version: input.version.number,
    title: texts.title,
    ...(children.length === 0 ? {} : { subtitle: fill(texts.about, { children: labels.formatList(children) }) }),
    marking: texts.marking,
    pageOfPages: labels.texts.pageOfPages,
    front: coverNote(input, labels),
    body: sectionsBody(input, labels),
    back: [],
  };
}
