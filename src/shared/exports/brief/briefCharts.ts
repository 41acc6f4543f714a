/** The brief's pictures, drawn by the journal's own chart code with the brief's labels. */
import {
  allianceChart,
  attainmentChart,
  tensionMap,
  type AllianceChartLabels,
  type AttainmentChartLabels,
  type SvgElement,
} from '../../charts';
import type { BriefLabels } from '../labels/briefTexts';
import type { BriefModel } from './briefModel';
import { formatScore } from './partBlocks';

export const briefChartNames = ['alliance', 'tensions', 'attainment'] as const;
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

/**
 * The charts, drawn from the model's chart data (dates, phases, ratings, rupture kinds, T-scores:
 * no text of the journal).
 */
export function briefCharts(model: BriefModel, labels: BriefLabels): Record<BriefChartName, BriefChart> {
  const { texts, taxonomy } = labels;
  const reviews = (model.goals?.reviews ?? []).map((review) => ({ reviewedOn: review.date, tScore: review.tScore }));
  return {
    attainment: {
      tree: attainmentChart(reviews, attainmentChartLabels(labels), { idPrefix: 'brief-attainment' }),
      description: texts.goals.chartDescription,
    },
    alliance: {
      tree: allianceChart({ entries: model.alliance.chartSource }, allianceChartLabels(model, labels), {
        idPrefix: 'brief-alliance',
      }),
      description: texts.alliance.chartDescription,
    },
    tensions: {
      tree: tensionMap(
        { entries: model.alliance.chartSource },
        {
          title: texts.tensions.mapTitle,
          description: texts.tensions.mapDescription,
          tension: texts.tensions.type,
          total: texts.tensions.total,
          phases: taxonomy.phases,
          tensionType: (type) => taxonomy.tensionTypes[type],
          empty: texts.tensions.none,
        },
        { idPrefix: 'brief-tensions' },
      ),
      description: texts.tensions.mapDescription,
    },
  };
}
