/**
 * Every text the two court-report documents print besides the report's own statements, per
 * language: the caregiver's review copy in plain words, the final report in the court's register.
 */
import type {
  CommentOutcome,
  CommentStance,
  HearingKind,
  ReportCheckId,
  ReportSectionKind,
  SharingMethod,
} from '../../domain/report/reportTaxonomy';
import type { StatementType } from '../../domain/taxonomy';
import type { BriefLanguage } from '../language';
import { briefLabels } from './briefTexts';

export { fill } from './briefTexts';
import { reportTextsEn } from './reportTexts.en';
import { reportTextsEs } from './reportTexts.es';

/** How a statement is introduced: by its type, and for allegations and opinions, by whose they are. */
export interface StatementLabels {
  fact: string;
  observation: string;
  /** `{name}`: who said it. */
  allegation: string;
  allegationUnknown: string;
  /** The practitioner's own opinion. */
  opinion: string;
  /** `{name}`: whose opinion it is. */
  opinionOf: string;
}

export interface ReportTexts {
  /** BCP 47 tag for dates, lists and the document's language. */
  locale: string;
  /** Starts of the file names the app suggests, without accents or spaces. */
  fileNamePrefix: { review: string; final: string };
  /** `{page}`, `{pages}`: the page number fields. */
  pageOfPages: string;
  /** Who the document is for, as the export log records it. */
  recipient: { review: string; final: string };
  /** Used where the report names no court. */
  courtUnknown: string;
  identification: {
    reference: string;
    court: string;
    hearing: string;
    /** `{kind}`, `{date}`. */
    hearingValue: string;
    hearingDateUnknown: string;
    hearingKinds: Record<HearingKind, string>;
    children: string;
    version: string;
    /** `{number}`, `{date}`. */
    versionValue: string;
    /** `{date}`, `{court}`. */
    submittedValue: string;
    submitted: string;
  };
  review: {
    title: string;
    marking: string;
    /** `{children}`. */
    about: string;
    cover: {
      heading: string;
      /** `{court}`. */
      what: string;
      draft: string;
      /** `{date}`, `{court}`. */
      hearing: string;
      hearingUnknown: string;
      howToComment: string;
      /** `{date}`. */
      deadline: string;
      deadlineUnknown: string;
      labelsIntro: string;
      /** What each kind of statement means, one line each. */
      legend: Record<StatementType, string>;
    };
    sections: Record<ReportSectionKind, string>;
    empty: string;
    caregiverViewEmpty: string;
    statements: StatementLabels;
    /** `{dates}`. */
    session: string;
    sessions: string;
    /** `{section}`. */
    commentHeading: string;
    commentPrompt: string;
  };
  final: {
    title: string;
    sections: Record<ReportSectionKind, string>;
    empty: string;
    /** `{reason}`. */
    caregiverViewAbsent: string;
    caregiverViewAbsentNoReason: string;
    statements: StatementLabels;
    /** `{dates}`. */
    sessions: string;
    changes: {
      heading: string;
      intro: string;
      none: string;
      /** `{version}`, `{name}`, `{date}`, `{method}`. */
      shared: string;
      notShared: string;
      /** Who received the copy when the party is no longer in the case. */
      someone: string;
      methods: Record<SharingMethod, string>;
      /** `{number}`, `{section}`. */
      comment: string;
      /** `{version}`, `{date}`. */
      recorded: string;
      /** `{line}`: one line, or several ("12-14", "3, 7"). */
      line: string;
      lines: string;
      stance: string;
      stances: Record<CommentStance, string>;
      words: string;
      response: string;
      outcomes: Record<CommentOutcome, string>;
      noResponse: string;
      /** `{count}`: statements of this version the caregiver's last review copy did not show. */
      notInReviewCopy: { one: string; other: string };
    };
    override: {
      heading: string;
      /** `{checks}`, `{reason}`. */
      text: string;
      checks: Record<ReportCheckId, string>;
    };
  };
}

export interface ReportLabels {
  language: BriefLanguage;
  texts: ReportTexts;
  /** A calendar date (`YYYY-MM-DD`) in words: "14 March 2025". */
  formatDate: (date: string) => string;
  /** "A, B and C" as this language writes it. */
  formatList: (items: readonly string[]) => string;
}

const byLanguage: Record<BriefLanguage, ReportTexts> = { en: reportTextsEn, es: reportTextsEs };

export function reportLabels(language: BriefLanguage): ReportLabels {
  const texts = byLanguage[language];
  const list = new Intl.ListFormat(texts.locale, { style: 'long', type: 'conjunction' });
  return {
    language,
    texts,
    formatDate: briefLabels(language).formatDate,
    formatList: (items) => list.format(items),
  };
}
