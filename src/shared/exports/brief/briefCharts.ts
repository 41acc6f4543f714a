/** The brief's pictures, drawn by the journal's own chart code with the brief's labels. */
import {
  allianceChart,
  attainmentChart,
  ecomapChart,
  type AllianceChartLabels,
  type AttainmentChartLabels,
  type EcomapChartLabels,
  type SvgElement,
} from '../../charts';
import type { Ecomap, EcomapLine } from '../../ecomap/ecomap';
import { fill, type BriefLabels } from '../labels/briefTexts';
import type { BriefEcomap, BriefModel } from './briefModel';
import { formatScore } from './partBlocks';

export const briefChartNames = ['alliance', 'attainment', 'ecomap'] as const;

/**
 * The text column of the printed brief in CSS pixels: A4 (210 mm) less the stylesheet's 2 cm
 * margins, at 96 px per inch. Charts drawn this wide print at their own size, so their 12 px
 * text is 9 pt on paper; wider ones would be scaled down to fit (760 px printed 12 px as 7.6 pt).
 */
export const pageTextWidth = 642;
export type BriefChartName = (typeof briefChartNames)[number];

export interface BriefChart {
  tree: SvgElement;
  /** Alternative text for readers who cannot see it. */
  description: string;
}

/** The alliance chart's texts; the caregiver's series names the one caregiver who rated, if only one did. */
export function allianceChartLabels(model: BriefModel, labels: BriefLabels): AllianceChartLabels {
  const { texts, taxonomy } = labels;
  const { caregiver } = model.alliance;
  return {
    title: texts.alliance.chartTitle,
    description: texts.alliance.chartDescription,
    elements: texts.alliance.elements,
    practitioner: texts.alliance.practitioner,
    caregiver: caregiver === undefined ? texts.alliance.caregiver : `${texts.alliance.caregiver} (${caregiver})`,
    ratingAxis: texts.alliance.ratingAxis,
    dateAxis: texts.alliance.dateAxis,
    rupturesLane: texts.alliance.rupturesLane,
    phases: taxonomy.phases,
    ruptures: { withdrawal: taxonomy.ruptureKinds.withdrawal, confrontation: taxonomy.ruptureKinds.confrontation },
    empty: texts.alliance.chartEmpty,
    formatDate: labels.formatShortDate,
  };
}

/** The T-score chart's texts in the brief's language. */
export function attainmentChartLabels(labels: BriefLabels): AttainmentChartLabels {
  const { goals } = labels.texts;
  return {
    title: goals.chartTitle,
    description: goals.chartDescription,
    score: goals.tScore,
    scoreAxis: goals.scoreAxis,
    dateAxis: goals.dateAxis,
    expected: goals.expected,
    empty: goals.notRated,
    formatDate: labels.formatShortDate,
    formatScore: (score) => formatScore(score, labels),
  };
}

/** The text on an ecomap line: the sessions behind it, or how many each way when it was noted both ways. */
export function ecomapLineCount(line: EcomapLine, labels: BriefLabels): string {
  const { ecomap } = labels.texts;
  if (line.quality === 'mixed')
    return fill(ecomap.bothWays, { strong: line.strongSessions, strained: line.strainedSessions });
  if (line.sessions === 0) return '';
  const one = new Intl.PluralRules(labels.texts.locale).select(line.sessions) === 'one';
  return one ? ecomap.sessionsOne : fill(ecomap.sessionsOther, { count: line.sessions });
}

/** The ecomap's texts, each party by its pseudonym in this brief. */
export function ecomapChartLabels(ecomap: BriefEcomap | undefined, labels: BriefLabels): EcomapChartLabels {
  const { texts } = labels;
  const pseudonyms = new Map((ecomap?.parties ?? []).map((party) => [party.partyId, party.label]));
  return {
    title: texts.ecomap.chartTitle,
    description: texts.ecomap.chartDescription,
    child: texts.ecomap.child,
    party: (partyId) => pseudonyms.get(partyId) ?? '',
    qualities: texts.ecomap.qualities,
    count: (line) => ecomapLineCount(line, labels),
    empty: texts.ecomap.empty,
  };
}

/** Drawn for a case with no one besides the child too, though no brief then places it. */
const noEcomap: Ecomap = { period: {}, sessions: 0, centre: [], lines: [], unplaced: [] };

/** Every chart, drawn from the model's chart data (dates, phases, ratings, kinds, qualities, counts, pseudonyms: no text). */
export function briefCharts(model: BriefModel, labels: BriefLabels): Record<BriefChartName, BriefChart> {
  const { texts } = labels;
  const reviews = (model.goals?.reviews ?? []).map((review) => ({ reviewedOn: review.date, tScore: review.tScore }));
  return {
    attainment: {
      tree: attainmentChart(reviews, attainmentChartLabels(labels), {
        idPrefix: 'brief-attainment',
        width: pageTextWidth,
      }),
      description: texts.goals.chartDescription,
    },
    alliance: {
      tree: allianceChart({ entries: model.alliance.chartSource }, allianceChartLabels(model, labels), {
        idPrefix: 'brief-alliance',
        width: pageTextWidth,
      }),
      description: texts.alliance.chartDescription,
    },
    ecomap: {
      tree: ecomapChart(model.ecomap?.map ?? noEcomap, ecomapChartLabels(model.ecomap, labels), {
        idPrefix: 'brief-ecomap',
        width: pageTextWidth,
      }),
      description: texts.ecomap.chartDescription,
    },
  };
}
