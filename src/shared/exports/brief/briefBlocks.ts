/**
 * A brief as a list of blocks, each Markdown, a chart or space to write in: the Markdown export
 * joins the Markdown, the HTML renders each block through the one sanitizing path with the chart
 * where its block is, and the DOCX reads the same Markdown with the same rules.
 */
import { fill, type BriefLabels } from '../labels/briefTexts';
import type { BriefChartName } from './briefCharts';
import type { BriefModel } from './briefModel';
import { summaryGroups } from './summaryGroups';
import { supervisionMarkdown } from './supervisionMarkdown';
import {
  allianceMarkdown,
  attendanceMarkdown,
  goalsIntroMarkdown,
  goalsMarkdown,
  ecomapMarkdown,
  stateMarkdown,
  strategiesMarkdown,
  tensionsMarkdown,
} from './partBlocks';
import { demoteHeadings, listItemBody, plain, sessionLabel } from './markdownText';
import { inertMarkdown } from '../../render/inertMarkdown';

/** Where a block belongs: the first page, or one of the parts. */
export type BlockSection = 'facts' | BriefModel['parts'][number];

export type BriefBlock =
  | { section: BlockSection; kind: 'markdown'; markdown: string }
  | { section: BlockSection; kind: 'chart'; chart: BriefChartName }
  /** Ruled lines to write on (the supervisor's notes); nothing in Markdown. */
  | { section: BlockSection; kind: 'writing-space'; lines: number };

/** The brief's blocks in print order: the first page, then each part chosen. */
export function briefBlocks(model: BriefModel, labels: BriefLabels): BriefBlock[] {
  // The practitioner's own Markdown is in these blocks: raw HTML and unsafe links are made inert
  // here, once, so the Markdown file, the HTML and the DOCX all read the same harmless text.
  const markdown = (section: BlockSection, text: string): BriefBlock => ({
    section,
    kind: 'markdown',
    markdown: inertMarkdown(text),
  });
  const blocks: BriefBlock[] = [markdown('facts', factsMarkdown(model, labels))];
  const supervision = supervisionMarkdown(model, labels);
  if (supervision !== undefined) blocks.push(markdown('facts', supervision));
  for (const part of model.parts) {
    switch (part) {
      case 'questions':
        blocks.push(markdown(part, questionsMarkdown(model, labels)));
        break;
      case 'alliance':
        blocks.push(markdown(part, `## ${labels.texts.alliance.heading}`));
        if (model.alliance.chartSource.length > 0) blocks.push({ section: part, kind: 'chart', chart: 'alliance' });
        blocks.push(markdown(part, allianceMarkdown(model, labels)));
        if (model.attendance !== undefined) blocks.push(markdown(part, attendanceMarkdown(model, labels)));
        if (model.goals !== undefined)
          blocks.push(
            markdown(part, goalsIntroMarkdown(model, labels)),
            { section: part, kind: 'chart', chart: 'attainment' },
            markdown(part, goalsMarkdown(model, labels)),
          );
        if (model.ecomap !== undefined) {
          const [heading, table] = ecomapMarkdown(model.ecomap, labels);
          blocks.push(
            markdown(part, heading),
            { section: part, kind: 'chart', chart: 'ecomap' },
            markdown(part, table),
          );
        }
        break;
      case 'tensions': {
        const [byPhase, typesHeading, types] = tensionsMarkdown(model, labels);
        blocks.push(markdown(part, byPhase));
        // The tension map once, as its table: the app shows it as a picture, where its cells can
        // be read at screen size; printed, the picture only repeated the table in smaller type.
        if (model.tensions.counts.rows.length > 0) blocks.push(markdown(part, `${typesHeading}\n\n${types}`));
        blocks.push(markdown(part, strategiesMarkdown(model, labels)));
        break;
      }
      case 'state':
        blocks.push(markdown(part, stateMarkdown(model, labels)));
        break;
      case 'excerpts':
        blocks.push(markdown(part, excerptsMarkdown(model, labels)));
        break;
      case 'notes':
        blocks.push(markdown(part, `## ${labels.texts.notes.heading}\n\n_${labels.texts.notes.prompt}_`));
        blocks.push({ section: part, kind: 'writing-space', lines: 14 });
        break;
    }
  }
  return blocks;
}

function factsMarkdown(model: BriefModel, labels: BriefLabels): string {
  const { facts } = model;
  const { texts, taxonomy } = labels;
  const phases =
    facts.phases.length === 0 ? texts.facts.noPhases : facts.phases.map((phase) => taxonomy.phases[phase]).join(', ');
  const examples = facts.pseudonymExamples.length === 0 ? '…' : `${facts.pseudonymExamples.join(', ')}…`;
  const lines = [
    [texts.facts.caseLabel, plain(facts.caseLabel)],
    [texts.facts.period, `${labels.formatDate(facts.period.from)} – ${labels.formatDate(facts.period.to)}`],
    [texts.facts.phases, phases],
    [texts.facts.sessions, String(facts.sessions)],
    [texts.facts.sessionsWithAbsences, String(facts.sessionsWithAbsences)],
    [texts.facts.produced, labels.formatDate(facts.producedOn)],
    ...(facts.reference === undefined ? [] : [[texts.reference.label, facts.reference]]),
  ].map(([label, value]) => `**${label}:** ${value}`);
  return [
    `# ${texts.title}: ${plain(facts.caseLabel)}`,
    lines.join('\n'),
    `_${fill(texts.deidentifiedNotice, { examples })} ${texts.scopeNotice}_`,
    ...(facts.reference === undefined ? [] : [`_${fill(texts.reference.purpose, { notes: texts.notes.heading })}_`]),
    summaryMarkdown(model, labels),
  ].join('\n\n');
}

/** The de-identification summary: how many of each kind were replaced, and how many warnings were kept as safe. */
function summaryMarkdown(model: BriefModel, labels: BriefLabels): string {
  const { summary } = labels.texts;
  const groups = summaryGroups(model.summary);
  const rows: [string, number][] = [
    [summary.names, groups.names],
    [summary.addresses, groups.addresses],
    [summary.phones, groups.phones],
    [summary.datesOfBirth, groups.datesOfBirth],
    [summary.ids, groups.ids],
    [summary.courtReferences, groups.courtReferences],
    [summary.otherDetails, groups.otherDetails],
    [summary.acceptedAsSafe, model.summary.acceptedAsSafe],
  ];
  return [`**${summary.heading}:**`, rows.map(([label, count]) => `${label}: ${count}`).join(' · ')].join(' ');
}

function questionsMarkdown(model: BriefModel, labels: BriefLabels): string {
  const heading = `## ${labels.texts.questions.heading}`;
  if (model.questions.length === 0) return `${heading}\n\n${labels.texts.questions.none}`;
  const items = model.questions.map(
    (question) => `- **${sessionLabel(labels, question.date, question.phase)}** — ${listItemBody(question.text)}`,
  );
  return `${heading}\n\n${items.join('\n')}`;
}

function excerptsMarkdown(model: BriefModel, labels: BriefLabels): string {
  const { texts, taxonomy } = labels;
  const heading = `## ${texts.excerpts.heading}`;
  if (model.excerpts.length === 0) return `${heading}\n\n${texts.excerpts.none}`;
  const items = model.excerpts.map((excerpt) => {
    const title = excerpt.title.trim() === '' ? taxonomy.sectionVisibilities[excerpt.visibility] : excerpt.title;
    const kind = [
      taxonomy.sectionVisibilities[excerpt.visibility],
      ...(excerpt.statementType === undefined ? [] : [taxonomy.statementTypes[excerpt.statementType]]),
      ...(excerpt.statementBy === undefined ? [] : [`${texts.excerpts.by} ${plain(excerpt.statementBy)}`]),
    ].join(' · ');
    return [
      `### ${sessionLabel(labels, excerpt.date, excerpt.phase)} — ${plain(title)}`,
      `_${kind}_`,
      demoteHeadings(excerpt.text.trim()),
    ].join('\n\n');
  });
  return [heading, texts.excerpts.intro, ...items].join('\n\n');
}

/** The whole brief as one Markdown document (charts are left out; their numbers are in the tables). */
export function briefMarkdown(model: BriefModel, labels: BriefLabels): string {
  const text = briefBlocks(model, labels)
    .flatMap((block) => (block.kind === 'markdown' ? [block.markdown] : []))
    .join('\n\n');
  return `${text}\n`;
}
