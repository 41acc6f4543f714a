/** Every text a supervision brief prints besides the journal's own, per language. */
import type { RuleId } from '../../alliance/warning';
import type { ActionStatus } from '../../domain/supervision';
import type { LineQuality } from '../../ecomap/ecomap';
import type { BriefLanguage } from '../language';
import { briefTextsEn } from './briefTexts.en';
import { briefTextsEs } from './briefTexts.es';
import { briefTaxonomyEn } from './taxonomy.en';
import { briefTaxonomyEs } from './taxonomy.es';
import type { BriefTaxonomyLabels } from './taxonomyLabels';

export interface BriefTexts {
  title: string;
  /** The start of the file name the app suggests, without accents or spaces. */
  fileNamePrefix: string;
  /** BCP 47 tag for dates and the document's language. */
  locale: string;
  facts: {
    caseLabel: string;
    period: string;
    phases: string;
    sessions: string;
    sessionsWithAbsences: string;
    produced: string;
    noPhases: string;
  };
  deidentifiedNotice: string;
  scopeNotice: string;
  /** The de-identification summary on the first page: label and value pairs, counts only. */
  summary: {
    heading: string;
    names: string;
    addresses: string;
    phones: string;
    datesOfBirth: string;
    ids: string;
    courtReferences: string;
    otherDetails: string;
    acceptedAsSafe: string;
  };
  questions: { heading: string; none: string };
  attendance: {
    heading: string;
    tableIntro: string;
    sessions: string;
    held: string;
    notAttended: string;
    cancelledByFamily: string;
    cancelledByProgramme: string;
    rescheduled: string;
    allPhases: string;
  };
  alliance: {
    heading: string;
    tableIntro: string;
    phase: string;
    sessions: string;
    practitioner: string;
    caregiver: string;
    ruptures: string;
    allPhases: string;
    none: string;
    chartTitle: string;
    chartDescription: string;
    ratingAxis: string;
    dateAxis: string;
    rupturesLane: string;
    chartEmpty: string;
    elements: { bond: string; goals: string; tasks: string };
  };
  /** Goal attainment scaling: the T-score per review and each goal's level. */
  goals: {
    heading: string;
    intro: string;
    /** "G{number}": a goal's short name in the table's header. */
    goal: string;
    /** "{goal}: {description}", a goal's line in the key under the table. */
    keyItem: string;
    weight: string;
    review: string;
    tScore: string;
    notRated: string;
    chartTitle: string;
    chartDescription: string;
    scoreAxis: string;
    dateAxis: string;
    expected: string;
  };
  tensions: {
    heading: string;
    byPhase: string;
    phase: string;
    tensions: string;
    ruptures: string;
    indicators: string;
    types: string;
    type: string;
    total: string;
    none: string;
    rupturesHeading: string;
    noRuptures: string;
    intensity: string;
    parties: string;
    relationship: string;
    repairSteps: string;
    strategiesTried: string;
    noStrategies: string;
  };
  /** The family's ecomap: qualities and counts of sessions only, never a note. */
  ecomap: {
    heading: string;
    intro: string;
    chartTitle: string;
    chartDescription: string;
    child: string;
    empty: string;
    person: string;
    line: string;
    sessions: string;
    strong: string;
    strained: string;
    qualities: Record<LineQuality, string>;
    /** The count on a line: a plural pair, then the line noted both ways. */
    sessionsOne: string;
    sessionsOther: string;
    bothWays: string;
  };
  strategies: { heading: string; intro: string; strategy: string; uses: string; none: string };
  state: { heading: string; intro: string; date: string; phase: string; feelings: string; note: string; none: string };
  excerpts: { heading: string; intro: string; none: string; by: string };
  notes: { heading: string; prompt: string };
  footer: string;
  /** What opens a brief after a supervision (`supervisionSummary.ts`). */
  sinceSupervision: {
    heading: string;
    headingBefore: string;
    actions: string;
    noActions: string;
    due: string;
    statuses: Record<ActionStatus, string>;
    warnings: string;
    sessions: string;
    rules: Record<RuleId, string>;
  };
  /** The brief's reference, printed under the facts and in the footer, and what it is for. */
  reference: { label: string; purpose: string };
}

/** The brief's own texts and the labels of the domain lists, in one language. */
export interface BriefLabels {
  language: BriefLanguage;
  texts: BriefTexts;
  taxonomy: BriefTaxonomyLabels;
  /** A calendar date (`YYYY-MM-DD`) as a reader of this language writes it: "14 March 2025". */
  formatDate: (date: string) => string;
  /** The same, short, for chart axes: "14 Mar 2025". */
  formatShortDate: (date: string) => string;
  /** A mean rating as a reader of this language writes it: "4.5" in English, "4,5" in Spanish. */
  formatNumber: (value: number) => string;
}

const byLanguage = {
  en: { texts: briefTextsEn, taxonomy: briefTaxonomyEn },
  es: { texts: briefTextsEs, taxonomy: briefTaxonomyEs },
} as const;

export function briefLabels(language: BriefLanguage): BriefLabels {
  const { texts, taxonomy } = byLanguage[language];
  const formatter = (month: 'long' | 'short') => {
    const format = new Intl.DateTimeFormat(texts.locale, { day: 'numeric', month, year: 'numeric', timeZone: 'UTC' });
    return (date: string) => {
      const [year = 1970, monthNumber = 1, day = 1] = date.split('-').map(Number);
      return format.format(new Date(Date.UTC(year, monthNumber - 1, day)));
    };
  };
  const numbers = new Intl.NumberFormat(texts.locale, { maximumFractionDigits: 1 });
  return {
    language,
    texts,
    taxonomy,
    formatDate: formatter('long'),
    formatShortDate: formatter('short'),
    formatNumber: (value) => numbers.format(value),
  };
}

/** Fills `{name}` placeholders. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => String(values[name] ?? whole));
}
