/**
 * A plan as a Markdown file: readable as plain text and in any Markdown viewer. Its first line
 * says the file is not encrypted. The facilitator's text is escaped (markdown.ts), so a "#" or a
 * "*" in a script stays a character and never becomes a heading or emphasis.
 */
import type { Group } from '../groups/group';
import type { SessionPlan } from '../plans/plan';
import { escapeBlock, escapeOneLine, quoted } from './markdown';
import {
  planExport,
  type PlanExport,
  type PlanExportOptions,
  type PlanExportWords,
} from './planExport';

function labelled(label: string, text: string): string[] {
  const lines = escapeBlock(text);
  const [first, ...rest] = lines;
  if (first === undefined) return [];
  return [`**${escapeOneLine(label)}:** ${first}`, ...rest, ''];
}

export function renderPlanMarkdown(doc: PlanExport): string {
  const out: string[] = [`> **${escapeOneLine(doc.notice)}**`, '', `# ${escapeOneLine(doc.title)}`];
  out.push('');
  for (const fact of doc.facts)
    out.push(`- **${escapeOneLine(fact.label)}:** ${escapeOneLine(fact.value)}`);
  out.push('');
  if (doc.goals.entries.length > 0) {
    out.push(`## ${escapeOneLine(doc.goals.heading)}`, '');
    for (const goal of doc.goals.entries) out.push(`- ${escapeOneLine(goal)}`);
    out.push('');
  }
  if (doc.groundRules.entries.length > 0) {
    out.push(`## ${escapeOneLine(doc.groundRules.heading)}`, '');
    doc.groundRules.entries.forEach((rule, index) => {
      out.push(`${String(index + 1)}. ${escapeOneLine(rule)}`);
    });
    out.push('');
  }
  out.push(`## ${escapeOneLine(doc.agenda.heading)}`, '');
  for (const item of doc.agenda.items) {
    const title = escapeOneLine(item.title);
    out.push(`### ${item.starts ? `${escapeOneLine(item.starts)} · ${title}` : title}`, '');
    const kind = item.kind ? `${escapeOneLine(item.kind)} · ` : '';
    out.push(`*${kind}${escapeOneLine(item.minutes)}*`, '');
    if (item.script) {
      out.push(`**${escapeOneLine(doc.labels.script)}:**`, '');
      out.push(...quoted(escapeBlock(item.script)), '');
    }
    out.push(...labelled(doc.labels.prompt, item.prompt));
    out.push(...labelled(doc.labels.materials, item.materials));
    if (item.prepNotes !== null) out.push(...labelled(doc.labels.prepNotes, item.prepNotes));
  }
  while (out.at(-1) === '') out.pop();
  return `${out.join('\n')}\n`;
}

export function planMarkdown(
  plan: SessionPlan,
  group: Pick<Group, 'name' | 'groundRules'>,
  words: PlanExportWords,
  options: PlanExportOptions,
): string {
  return renderPlanMarkdown(planExport(plan, group, words, options));
}
