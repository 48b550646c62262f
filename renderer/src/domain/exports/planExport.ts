/**
 * A plan as a readable document, for the exports the facilitator asks for: what goes in it and
 * in which order, in words given by the caller (the plan's language), so the Markdown file and
 * the printed PDF say the same things. Private preparation notes are in it only when asked for.
 */
import type { Group } from '../groups/group';
import type { SessionPlan } from '../plans/plan';
import { planTiming } from '../plans/schedule';
import type { ItemKind } from '../plans/templates';

/** Everything the document says that is not the facilitator's own text, already localized. */
export interface PlanExportWords {
  /** That the file is not encrypted: the document's first words. */
  readonly notice: string;
  readonly group: string;
  readonly when: string;
  readonly venue: string;
  readonly length: string;
  readonly goals: string;
  readonly groundRules: string;
  readonly agenda: string;
  readonly script: string;
  readonly prompt: string;
  readonly materials: string;
  readonly prepNotes: string;
  readonly itemKind: (kind: ItemKind) => string;
  /** A "YYYY-MM-DD" day in words. */
  readonly date: (isoDate: string) => string;
  /** An "HH:MM" time of day as the language writes it. */
  readonly time: (hhmm: string) => string;
  readonly minutes: (minutes: number) => string;
  /** The agenda's total against the intended length, both already formatted. */
  readonly total: (total: string, intended: string) => string;
}

export interface PlanExportFact {
  readonly label: string;
  readonly value: string;
}

export interface PlanExportItem {
  readonly id: string;
  /** When it starts on the clock, or null when the plan has no usable start time. */
  readonly starts: string | null;
  readonly title: string;
  /** The kind of item, or null when it would only repeat the title ("Break", "Break"). */
  readonly kind: string | null;
  readonly minutes: string;
  readonly script: string;
  readonly prompt: string;
  readonly materials: string;
  /** Null when preparation notes were not asked for. */
  readonly prepNotes: string | null;
}

export interface PlanExport {
  readonly language: SessionPlan['language'];
  readonly notice: string;
  readonly title: string;
  readonly facts: readonly PlanExportFact[];
  readonly goals: { readonly heading: string; readonly entries: readonly string[] };
  readonly groundRules: { readonly heading: string; readonly entries: readonly string[] };
  readonly agenda: { readonly heading: string; readonly items: readonly PlanExportItem[] };
  readonly labels: Pick<PlanExportWords, 'script' | 'prompt' | 'materials' | 'prepNotes'>;
}

export interface PlanExportOptions {
  readonly includePrepNotes: boolean;
}

function sameWords(a: string, b: string): boolean {
  return a.localeCompare(b, undefined, { sensitivity: 'base' }) === 0;
}

export function planExport(
  plan: SessionPlan,
  group: Pick<Group, 'name' | 'groundRules'>,
  words: PlanExportWords,
  options: PlanExportOptions,
): PlanExport {
  const timing = planTiming(plan.startTime, plan.items, plan.intendedMinutes);
  const when = timing
    ? `${words.date(plan.date)} · ${words.time(plan.startTime)} – ${words.time(timing.ends)}`
    : words.date(plan.date);
  const total = plan.items.reduce((sum, item) => sum + item.minutes, 0);
  const facts: PlanExportFact[] = [
    { label: words.group, value: group.name },
    { label: words.when, value: when },
    ...(plan.venue.trim() ? [{ label: words.venue, value: plan.venue }] : []),
    {
      label: words.length,
      value: words.total(words.minutes(total), words.minutes(plan.intendedMinutes)),
    },
  ];
  return {
    language: plan.language,
    notice: words.notice,
    title: plan.title,
    facts,
    goals: { heading: words.goals, entries: plan.goals.filter((g) => g.trim() !== '') },
    groundRules: {
      heading: words.groundRules,
      entries: (plan.groundRules ?? group.groundRules).filter((r) => r.trim() !== ''),
    },
    agenda: {
      heading: words.agenda,
      items: plan.items.map((item, index) => {
        const kind = words.itemKind(item.kind);
        const slot = timing?.slots[index];
        return {
          id: item.id,
          starts: slot ? words.time(slot.starts) : null,
          title: item.title,
          kind: sameWords(item.title, kind) ? null : kind,
          minutes: words.minutes(item.minutes),
          script: item.script.trim(),
          prompt: item.prompt?.text.trim() ?? '',
          materials: item.materials.trim(),
          prepNotes: options.includePrepNotes ? item.prepNotes.trim() : null,
        };
      }),
    },
    labels: {
      script: words.script,
      prompt: words.prompt,
      materials: words.materials,
      prepNotes: words.prepNotes,
    },
  };
}
