import { describe, expect, it } from 'vitest';
import { documentVersion, withDocument } from '../../../src/shared/domain/report/documents';
import type { ReportDocument } from '../../../src/shared/domain/report/report';
import { buildReportDocument } from '../../../src/shared/exports/courtReport/buildReportDocument';
import type { ReportDocumentInput } from '../../../src/shared/exports/courtReport/documentInput';
import { reportFileName } from '../../../src/shared/exports/courtReport/fileName';
import type { CourtReportDocument, ReportBlock } from '../../../src/shared/exports/courtReport/reportDocument';
import { workingDaysBefore } from '../../../src/shared/domain/report/workingDays';
import { publicHolidays } from '../../../src/shared/calendar/publicHolidays';
import { commentDeadline } from '../../../src/shared/exports/courtReport/reviewCopy';
import { reportLabels } from '../../../src/shared/exports/labels/reportTexts';
import { AppError } from '../../../src/shared/ipc/result';
import {
  finalVersion,
  internalCodes,
  pendingWords,
  report,
  reportCase,
  sharedVersion,
  withheldWords,
} from './courtReportFixtures';

function documentOf(overrides: Partial<ReportDocumentInput> = {}): CourtReportDocument {
  return buildReportDocument({
    journalCase: reportCase,
    report,
    version: sharedVersion,
    kind: 'review',
    language: 'en',
    ...overrides,
  });
}

/** Every text in a document, one string. */
function textOf(document: CourtReportDocument): string {
  const blockText = (block: ReportBlock): string[] => {
    switch (block.kind) {
      case 'heading':
      case 'paragraph':
      case 'quote':
        return [block.text];
      case 'list':
        return block.items;
      case 'fields':
        return block.rows.flatMap((row) => [row.label, row.value]);
      case 'statement':
        return [block.label, block.text, block.sessions ?? ''];
      case 'comment-space':
        return [block.heading, block.prompt];
    }
  };
  return [
    document.title,
    document.subtitle ?? '',
    document.marking ?? '',
    ...[...document.front, ...document.body, ...document.back].flatMap(blockText),
  ].join('\n');
}

const headings = (blocks: readonly ReportBlock[]) =>
  blocks.flatMap((block) => (block.kind === 'heading' ? [block.text] : []));

describe('the caregiver’s review copy', () => {
  const review = documentOf();
  const text = textOf(review);

  it('opens with a cover note: what the report is, that it is a draft, the hearing, how and by when to comment', () => {
    expect(review.marking).toBe('DRAFT – for your comments');
    expect(review.subtitle).toBe('About Tomás Pérez Soto');
    expect(headings(review.front)).toEqual(['Before you read']);
    expect(text).toContain('This is a draft of the report I will send to Juzgado de Familia de Pudahuel.');
    expect(text).toContain('The hearing is on 3 April 2025, at Juzgado de Familia de Pudahuel.');
    expect(text).toContain('say the number of the line you mean');
    // The working day before Thursday 3 April, the hearing: Wednesday 2 April.
    expect(text).toContain('Please let me have your comments by 2 April 2025, the working day before the hearing.');
  });

  it('asks for comments as soon as possible when the day before the hearing is not after the day it was shared', () => {
    // Shared on Monday 24 March for a hearing on Tuesday 25 March: Monday is no deadline.
    const close = textOf(documentOf({ report: { ...report, hearing: { kind: 'review', date: '2025-03-25' } } }));
    expect(close).not.toContain('Please let me have your comments by');
    expect(close).toContain('Please let me have your comments as soon as you can, before the hearing');
    const spanish = textOf(
      documentOf({ report: { ...report, hearing: { kind: 'review', date: '2025-03-24' } }, language: 'es' }),
    );
    expect(spanish).toContain('lo antes posible, antes de la audiencia');
  });

  it('has the eight sections in plain words, each followed by a space for comments', () => {
    expect(headings(review.body)).toEqual([
      '1. Who this report is about',
      '2. Why the court asked for this report',
      '3. The work so far',
      '4. The goals we agreed',
      '5. What is going well',
      '6. What worries me',
      '7. Your view',
      '8. What I will recommend',
    ]);
    const spaces = review.body.filter((block) => block.kind === 'comment-space');
    expect(spaces).toHaveLength(8);
    review.body.forEach((block, index) => {
      if (block.kind === 'heading') expect(review.body[index - 1]?.kind ?? 'comment-space').toBe('comment-space');
    });
    expect(review.body.at(-1)?.kind).toBe('comment-space');
  });

  it('labels statements in plain words and cites sessions by their dates, never by id', () => {
    const labels = review.body.flatMap((block) => (block.kind === 'statement' ? [block.label] : []));
    expect(labels).toEqual([
      'Fact',
      'Fact',
      'What I saw',
      'My professional opinion',
      'The opinion of Ignacio Larraín',
      'My professional opinion',
    ]);
    const observation = review.body.find((block) => block.kind === 'statement' && block.label === 'What I saw');
    expect(observation).toMatchObject({ sessions: 'From our sessions on 14 March 2025 and 21 March 2025.' });
    expect(text).toContain('This is where your view will go');
  });

  it('leaves out withheld and undecided disclosures without saying so, and prints no internal codes', () => {
    expect(text).not.toContain(withheldWords);
    expect(text).not.toContain(pendingWords);
    for (const code of internalCodes) expect(text, code).not.toContain(code);
  });

  it('says so when the hearing date is not known yet', () => {
    const unknown = textOf(documentOf({ report: { ...report, hearing: { kind: 'first' }, court: undefined } }));
    expect(unknown).toContain('The date of the hearing is not set yet.');
    expect(unknown).toContain('as soon as you can');
    expect(unknown).toContain('the family court');
  });

  it('is written in Spanish too', () => {
    const spanish = documentOf({ language: 'es' });
    expect(spanish.marking).toBe('BORRADOR – para sus comentarios');
    expect(textOf(spanish)).toContain('De nuestras sesiones del 14 de marzo de 2025 y 21 de marzo de 2025.');
    expect(headings(spanish.body)[6]).toBe('7. Su opinión');
  });
});

describe('the final report', () => {
  const final = documentOf({ kind: 'final', version: finalVersion });
  const text = textOf(final);

  it('identifies the case for the court and labels each statement with whose it is', () => {
    expect(final.marking).toBeUndefined();
    expect(text).toContain('RIT C-1234-2024');
    expect(text).toContain('Review hearing, 3 April 2025');
    expect(text).toContain('2, finalised on 28 March 2025');
    const labels = final.body.flatMap((block) => (block.kind === 'statement' ? [block.label] : []));
    expect(labels).toContain('Allegation by María José Pérez');
    expect(labels).toContain('Opinion of Ignacio Larraín');
    expect(labels).toContain('Opinion of the reporting practitioner');
    expect(labels).toContain('Observation');
  });

  it('keeps withheld statements: the court reads what the other family member does not', () => {
    expect(text).toContain(withheldWords);
    expect(text).toContain(pendingWords);
  });

  it('has the caregiver’s view in their words, and a new page of changes after their review', () => {
    expect(headings(final.body)[6]).toBe('7. The caregiver’s view');
    expect(text).toContain('I do my best and Tomás is happy with me.');
    expect(final.back[0]).toEqual({
      kind: 'heading',
      level: 2,
      text: 'Changes after the caregiver’s review',
      newPage: true,
    });
    expect(text).toContain('Version 1 of the draft was given to Rosa Elvira Soto on 24 March 2025, in person.');
    // In the order of the sections: the referral before the recommendations.
    expect(headings(final.back).slice(1, 3)).toEqual(['Comment 1: Reason for referral', 'Comment 2: Recommendations']);
    const quotes = final.back.flatMap((block) => (block.kind === 'quote' ? [block.text] : []));
    expect(quotes).toEqual([
      'The absences were in March, not February.',
      'Six months is too long; we already go every week.',
    ]);
    expect(text).toContain('Lines 12-13 of the review copy.');
    expect(text).toContain('What was done: Changed — Month corrected.');
    expect(text).toContain('What was done: Not changed — The court asked for a full programme.');
  });

  it('counts, without quoting them, the statements the caregiver’s review copy did not show', () => {
    // Held back (one withheld, one undecided) and added after the review (the caregiver's view).
    const sentence =
      '3 statements in this report were not in the review copy the caregiver read: they were held back, or added after the review.';
    expect(text).toContain(sentence);
    const paragraph = final.back.find((block) => block.kind === 'paragraph' && block.text === sentence);
    expect(paragraph).toBeDefined();
    const spanish = textOf(documentOf({ kind: 'final', version: finalVersion, language: 'es' }));
    expect(spanish).toContain('3 afirmaciones de este informe no estaban en la copia para revisión');
    const sameAsRead = documentOf({ kind: 'final', version: { ...finalVersion, sections: sharedVersion.sections } });
    expect(textOf(sameAsRead)).toContain('2 statements in this report were not in the review copy');
    const neverShared = documentOf({
      kind: 'final',
      report: { ...report, versions: [{ ...finalVersion, number: 1, basedOn: undefined }] },
      version: { ...finalVersion, number: 1, basedOn: undefined },
    });
    expect(textOf(neverShared)).not.toContain('were not in the review copy');
  });

  it('notes the overridden checks neutrally, with the practitioner’s reason', () => {
    expect(text).toContain(
      'These checks did not pass when the report was finalised: the review copy reaching the caregiver early enough before the hearing and a decision on information one family member gave about another.',
    );
    expect(text).toContain('The hearing date was brought forward by the court.');
  });

  it('says when there were no comments, and why the caregiver’s view is absent', () => {
    const quiet = documentOf({
      kind: 'final',
      report: { ...report, comments: [] },
      version: {
        ...finalVersion,
        sections: finalVersion.sections.map((section) =>
          section.kind === 'caregiver-view' ? { ...section, statements: [] } : section,
        ),
        caregiverViewAbsentReason: 'She did not want to comment.',
      },
    });
    expect(textOf(quiet)).toContain('The caregiver made no comments on the review copy.');
    expect(textOf(quiet)).toContain('The caregiver’s view is not recorded. Reason given: She did not want to comment.');
  });
});

describe('which version a document is made from', () => {
  const draft = { ...finalVersion, number: 3, status: 'draft' as const, finalized: undefined };

  it('review: a shared version only, the one asked for or else the newest shared; report-step otherwise', () => {
    const withDraft = { ...report, versions: [sharedVersion, { ...finalVersion, status: 'shared' as const }, draft] };
    expect(documentVersion(withDraft, 'review').number).toBe(2);
    expect(documentVersion(withDraft, 'review', 1).number).toBe(1);
    // A draft can still change after its copy is exported: the kept hash would no longer match.
    expect(() => documentVersion(withDraft, 'review', 3)).toThrow(
      expect.objectContaining({ code: 'report-step', message: expect.stringContaining('share the version first') }),
    );
    expect(() => documentVersion({ ...report, versions: [draft] }, 'review')).toThrow(
      expect.objectContaining({ code: 'report-step' }),
    );
    expect(() => documentVersion(report, 'review', 2)).toThrow(expect.objectContaining({ code: 'report-step' }));
  });

  it('final: the newest final or submitted version; a draft is refused as report-step', () => {
    expect(documentVersion({ ...report, versions: [sharedVersion, finalVersion, draft] }, 'final').number).toBe(2);
    expect(() => documentVersion(report, 'final', 1)).toThrow(expect.objectContaining({ code: 'report-step' }));
    expect(() => documentVersion({ ...report, versions: [sharedVersion] }, 'final')).toThrow(AppError);
    expect(() => documentVersion(report, 'review', 9)).toThrow(expect.objectContaining({ code: 'report-not-found' }));
  });

  it('keeps an exported document with a frozen version and changes nothing else', () => {
    const document: ReportDocument = {
      kind: 'final',
      format: 'docx',
      fileName: 'court-report_familia-r_v2_2025-03-28.docx',
      sha256: 'a'.repeat(64),
      exportedAt: '2025-03-28T12:00:00.000Z',
    };
    const next = withDocument(report, 2, document);
    expect(next.versions[1]?.documents).toEqual([document]);
    expect({ ...next, versions: [] }).toEqual({ ...report, versions: [] });
    expect(next.versions[0]).toBe(report.versions[0]);
    expect({ ...next.versions[1], documents: [] }).toEqual(report.versions[1]);
  });
});

describe('names and dates', () => {
  it('suggests a file name from the case alias, the version and the day', () => {
    const parts = {
      format: 'docx',
      language: 'en',
      caseAlias: 'Familia R.',
      version: 2,
      producedOn: '2025-03-20',
    } as const;
    expect(reportFileName({ ...parts, kind: 'review' })).toBe('court-report-review_familia-r_v2_2025-03-20.docx');
    expect(reportFileName({ ...parts, kind: 'final', format: 'md', language: 'es' })).toBe(
      'informe-tribunal_familia-r_v2_2025-03-20.md',
    );
  });

  it('counts working days back from the hearing, landing on a working day', () => {
    expect(workingDaysBefore('2025-04-03', 3)).toBe('2025-03-31');
    expect(workingDaysBefore('2025-04-07', 1)).toBe('2025-04-04');
    expect(workingDaysBefore('2025-04-07', 0)).toBe('2025-04-07');
  });

  it('asks for the caregiver’s comments by the working day before the hearing, skipping public holidays', () => {
    // Hearing Monday 22 September 2025, shared on the 10th: Friday 19 and Thursday 18 are holidays in Chile.
    expect(commentDeadline('2025-09-22', '2025-09-10')).toBe('2025-09-19');
    expect(commentDeadline('2025-09-22', '2025-09-10', publicHolidays({ country: 'CL' }, 'es'))).toBe('2025-09-17');
    expect(commentDeadline('2025-09-22', '2025-09-17', publicHolidays({ country: 'CL' }, 'es'))).toBeUndefined();
  });

  it('has the same document texts in English and Spanish, none empty', () => {
    const leaves = (tree: object, prefix = ''): string[] =>
      Object.entries(tree).flatMap(([key, value]) =>
        typeof value === 'string' ? [`${prefix}${key}`] : leaves(value as object, `${prefix}${key}.`),
      );
    const english = reportLabels('en').texts;
    const spanish = reportLabels('es').texts;
    expect(leaves(spanish)).toEqual(leaves(english));
    for (const texts of [english, spanish]) expect(JSON.stringify(texts)).not.toMatch(/""/);
  });
});
