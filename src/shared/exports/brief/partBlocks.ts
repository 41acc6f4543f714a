/** The Markdown of the brief's numeric parts: alliance, tensions and ruptures, strategies, the practitioner's state. */
import type { ElementRatings } from '../../charts/chartData';
import { phases, strategyOutcomes, type StrategyKind } from '../../domain/taxonomy';
import { fill, type BriefLabels } from '../labels/briefTexts';
import type { BriefEcomap, BriefModel, RuptureSession } from './briefModel';
import { cell, listItemBody, plain, sessionLabel, table } from './markdownText';
import { signedLevel } from '../../gas';

function ratings(value: ElementRatings | undefined, labels: BriefLabels): string {
  if (value === undefined) return '–';
  return [value.bond, value.goals, value.tasks].map(labels.formatNumber).join(' / ');
}

/** The table of mean ratings by phase, naming who rated for the caregiver. */
export function allianceMarkdown(model: BriefModel, labels: BriefLabels): string {
  const { texts, taxonomy } = labels;
  const { rows, caregiver } = model.alliance;
  if (rows.every((row) => row.sessions === 0)) return texts.alliance.none;
  const elements = `(${texts.alliance.elements.bond} / ${texts.alliance.elements.goals} / ${texts.alliance.elements.tasks})`;
  const caregiverTitle =
    caregiver === undefined ? texts.alliance.caregiver : `${texts.alliance.caregiver}: ${caregiver}`;
  const body = rows.map((row) => [
    row.phase === undefined ? `**${texts.alliance.allPhases}**` : taxonomy.phases[row.phase],
    String(row.sessions),
    ratings(row.practitioner, labels),
    ratings(row.caregiver, labels),
    String(row.ruptures),
  ]);
  const header = [
    texts.alliance.phase,
    texts.alliance.sessions,
    `${texts.alliance.practitioner} ${elements}`,
    `${cell(plain(caregiverTitle))} ${elements}`,
    texts.alliance.ruptures,
  ];
  return `${texts.alliance.tableIntro}\n\n${table(header, body)}`;
}

/**
 * The attendance table: a row per kind of session, a column per phase and one for the whole
 * period (the phases' names are short, the kinds' long: they wrap on spaces in the first column,
 * where a narrow column would cut a word). Empty when the period has no attendance record.
 */
export function attendanceMarkdown(model: BriefModel, labels: BriefLabels): string {
  const { texts, taxonomy } = labels;
  if (model.attendance === undefined) return '';
  const columns = model.attendance;
  const kinds = ['held', 'notAttended', 'cancelledByFamily', 'cancelledByProgramme', 'rescheduled'] as const;
  const header = [
    texts.attendance.sessions,
    ...columns.map((column) =>
      column.phase === undefined ? texts.attendance.allPhases : taxonomy.phases[column.phase],
    ),
  ];
  const body = kinds.map((kind) => [texts.attendance[kind], ...columns.map((column) => String(column[kind]))]);
  return `### ${texts.attendance.heading}\n\n${texts.attendance.tableIntro}\n\n${table(header, body)}`;
}

/**
 * The ecomap's heading, then what it is drawn from and a table with the same data as the chart:
 * each party by pseudonym, its line's quality and the sessions behind it (two pieces, so the
 * chart goes right under its heading, as the tension map does, and a page break cannot part them).
 */
export function ecomapMarkdown(ecomap: BriefEcomap, labels: BriefLabels): [string, string] {
  const { texts } = labels;
  const names = new Map(ecomap.parties.map((party) => [party.partyId, party.label]));
  const heading = `### ${texts.ecomap.heading}`;
  const header = [
    texts.ecomap.person,
    texts.ecomap.line,
    texts.ecomap.sessions,
    texts.ecomap.strong,
    texts.ecomap.strained,
  ];
  const body = ecomap.map.lines.map((line) => [
    cell(plain(names.get(line.partyId) ?? '')),
    texts.ecomap.qualities[line.quality],
    String(line.sessions),
    String(line.strongSessions),
    String(line.strainedSessions),
  ]);
  return [heading, `${texts.ecomap.intro}\n\n${table(header, body)}`];
}

/**
 * Three pieces, so the tension map can go under its heading: the part's heading with the table by
 * phase, the heading of the kinds of tension, then their table and the ruptures (empty pieces
 * when nothing was noted).
 */
export function tensionsMarkdown(model: BriefModel, labels: BriefLabels): [string, string, string] {
  const { texts, taxonomy } = labels;
  const { byPhase, counts, ruptures } = model.tensions;
  const heading = `## ${texts.tensions.heading}`;
  if (counts.total === 0) return [`${heading}\n\n${texts.tensions.none}`, '', ''];
  const phaseTable = table(
    [texts.tensions.phase, texts.tensions.tensions, texts.tensions.ruptures, texts.tensions.indicators],
    byPhase.map((row) => [
      taxonomy.phases[row.phase],
      String(row.tensions),
      String(row.ruptures),
      row.indicators.map((item) => `${taxonomy.tensionIndicators[item.indicator]} (${item.count})`).join(', ') || '–',
    ]),
  );
  const covered = phases.filter((phase) => counts.totals[phase] > 0);
  const typeTable = table(
    [texts.tensions.type, ...covered.map((phase) => taxonomy.phases[phase]), texts.tensions.total],
    counts.rows.map((row) => [
      taxonomy.tensionTypes[row.type],
      ...covered.map((phase) => String(row.counts[phase] || '')),
      String(row.total),
    ]),
  );
  const ruptureItems =
    ruptures.length === 0 ? [texts.tensions.noRuptures] : ruptures.map((session) => ruptureMarkdown(session, labels));
  return [
    `${heading}\n\n### ${texts.tensions.byPhase}\n\n${phaseTable}`,
    `### ${texts.tensions.types}`,
    [typeTable, `### ${texts.tensions.rupturesHeading}`, ...ruptureItems].join('\n\n'),
  ];
}

/** A session's ruptures, each with its details, then the strategies tried in that session, once. */
function ruptureMarkdown(session: RuptureSession, labels: BriefLabels): string {
  const { texts, taxonomy } = labels;
  const ruptures = session.ruptures.map((rupture) => {
    const details: string[] = [];
    if (rupture.parties.length > 0) details.push(`- ${texts.tensions.parties}: ${plain(rupture.parties.join(', '))}`);
    if (rupture.relationship !== undefined)
      details.push(`- ${texts.tensions.relationship}: ${taxonomy.systemicRelationships[rupture.relationship]}`);
    if (rupture.repairSteps.length > 0)
      details.push(
        `- ${texts.tensions.repairSteps}: ${rupture.repairSteps.map((step) => taxonomy.repairSteps[step]).join('; ')}`,
      );
    if (rupture.note !== undefined) details.push(`- ${listItemBody(rupture.note)}`);
    const title = `**${taxonomy.ruptureKinds[rupture.kind]}: ${taxonomy.tensionTypes[rupture.type]}** (${fill(texts.tensions.intensity, { value: rupture.intensity })})`;
    return [title, ...(details.length === 0 ? [] : [details.join('\n')])].join('\n\n');
  });
  const strategies =
    session.strategies.length === 0
      ? texts.tensions.noStrategies
      : [
          `${texts.tensions.strategiesTried}:`,
          '',
          ...session.strategies.map((use) => {
            const note = use.note === undefined ? '' : ` — ${listItemBody(use.note)}`;
            return `- ${taxonomy.strategies[use.strategy]} · ${taxonomy.strategyKinds[use.kind]} · ${taxonomy.strategyOutcomes[use.outcome]}${note}`;
          }),
        ].join('\n');
  return [`#### ${sessionLabel(labels, session.date, session.phase)}`, ...ruptures, strategies].join('\n\n');
}

/** The order kinds are listed in: the same table for each, none singled out. */
const kindOrder: readonly StrategyKind[] = ['alliance-building', 'repair', 'counterproductive'];

/** Every strategy by kind, each kind in the same neutral table. */
export function strategiesMarkdown(model: BriefModel, labels: BriefLabels): string {
  const { texts, taxonomy } = labels;
  const heading = `### ${texts.strategies.heading}`;
  const tallies = model.tensions.strategies;
  if (tallies.length === 0) return `${heading}\n\n${texts.strategies.none}`;
  const header = [
    texts.strategies.strategy,
    texts.strategies.uses,
    ...strategyOutcomes.map((outcome) => taxonomy.strategyOutcomes[outcome]),
  ];
  const kinds = kindOrder.flatMap((kind) => {
    const rows = tallies.filter((tally) => tally.kind === kind);
    if (rows.length === 0) return [];
    const body = rows.map((tally) => [
      taxonomy.strategies[tally.strategy],
      String(tally.uses),
      ...strategyOutcomes.map((outcome) => String(tally.outcomes[outcome])),
    ]);
    return [`#### ${taxonomy.strategyKinds[kind]}`, table(header, body)];
  });
  return [heading, texts.strategies.intro, ...kinds].join('\n\n');
}

/** The practitioner's feelings and notes, where they were shared. */
export function stateMarkdown(model: BriefModel, labels: BriefLabels): string {
  const { texts, taxonomy } = labels;
  const heading = `## ${texts.state.heading}`;
  if (model.state.length === 0) return `${heading}\n\n${texts.state.none}`;
  const rows = model.state.map((item) => [
    labels.formatDate(item.date),
    taxonomy.phases[item.phase],
    item.feelings.map((feeling) => taxonomy.feelings[feeling]).join(', ') || '–',
    item.note === undefined ? '' : cell(item.note),
  ]);
  const header = [texts.state.date, texts.state.phase, texts.state.feelings, texts.state.note];
  return [heading, texts.state.intro, table(header, rows)].join('\n\n');
}

/** The goal attainment heading and what the T-score is: printed above the chart. */
export function goalsIntroMarkdown(model: BriefModel, labels: BriefLabels): string {
  const { texts } = labels;
  if (model.goals === undefined) return '';
  return `### ${texts.goals.heading}\n\n${fill(texts.goals.intro, { correlation: labels.formatNumber(model.goals.correlation) })}`;
}

/** The T-score and each goal's level per review, then the key of the goals' short names. */
export function goalsMarkdown(model: BriefModel, labels: BriefLabels): string {
  const { texts } = labels;
  const section = model.goals;
  if (section === undefined) return '';
  const names = section.goals.map((_, index) => fill(texts.goals.goal, { number: index + 1 }));
  const body = section.reviews.map((review) => [
    labels.formatDate(review.date),
    review.tScore === undefined ? texts.goals.notRated : formatScore(review.tScore, labels),
    ...review.levels.map((level) => (level === undefined ? texts.goals.notRated : signedLevel(level))),
  ]);
  const key = section.goals.map((goal, index) => {
    const weight =
      goal.weight === undefined ? '' : ` ${fill(texts.goals.weight, { weight: labels.formatNumber(goal.weight) })}`;
    return `- ${fill(texts.goals.keyItem, { goal: names[index] ?? '', description: plain(goal.description) })}${weight}`;
  });
  return `${table([texts.goals.review, texts.goals.tScore, ...names], body)}\n\n${key.join('\n')}`;
}

/** A T-score with one decimal, as the brief's language writes numbers. */
export function formatScore(score: number, labels: BriefLabels): string {
  return new Intl.NumberFormat(labels.texts.locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(
    score,
  );
}
