/** The brief's two pictures, drawn by the journal's own chart code with the brief's labels. */
import { allianceChart, tensionMap, type AllianceChartLabels, type SvgElement } from '../../charts';
import type { BriefLabels } from '../labels/briefTexts';
import type { BriefModel } from './briefModel';

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

/** Both charts, drawn from the model's chart data (dates, phases, ratings, rupture kinds: no text). */
export function briefCharts(model: BriefModel, labels: BriefLabels): Record<'alliance' | 'tensions', BriefChart> {
  const { texts, taxonomy } = labels;
  return {
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
