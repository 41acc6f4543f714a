/** "Since the last supervision" as Markdown: the agreed actions with what followed, then the warnings. */
import { fill, type BriefLabels } from '../labels/briefTexts';
import type { BriefModel } from './briefModel';
import { listItemBody } from './markdownText';

export function supervisionMarkdown(model: BriefModel, labels: BriefLabels): string | undefined {
  const since = model.sinceSupervision;
  if (since === undefined) return undefined;
  const texts = labels.texts.sinceSupervision;
  const heading =
    since.heldOn === undefined ? texts.headingBefore : fill(texts.heading, { date: labels.formatDate(since.heldOn) });
  const parts = [`## ${heading}`];
  if (since.heldOn !== undefined) {
    const actions = since.actions.map((action) => {
      const due = action.due === undefined ? '' : ` (${fill(texts.due, { date: labels.formatDate(action.due) })})`;
      const updates = action.updates.map(
        (update) =>
          `  - ${labels.formatDate(update.on)}: ${texts.statuses[update.status]}` +
          (update.note === undefined ? '' : ` — ${listItemBody(update.note)}`),
      );
      return [`- **${texts.statuses[action.status]}** — ${listItemBody(action.what)}${due}`, ...updates].join('\n');
    });
    parts.push(`### ${texts.actions}`, actions.length === 0 ? texts.noActions : actions.join('\n'));
  }
  if (since.warnings.length > 0) {
    const warnings = since.warnings.map((warning) => {
      const sessions = fill(texts.sessions, { dates: warning.sessions.map(labels.formatDate).join(', ') });
      const note = warning.note === undefined ? '' : ` — ${listItemBody(warning.note)}`;
      return `- **${texts.rules[warning.rule]}** (${sessions})${note}`;
    });
    parts.push(`### ${texts.warnings}`, warnings.join('\n'));
  }
  return parts.join('\n\n');
}
