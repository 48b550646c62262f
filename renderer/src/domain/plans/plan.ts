/**
 * A session plan and the ways one comes to be: from a built-in template in the facilitator's
 * language, as a copy, or as the next session of the same group. Ids come from the caller, so
 * this stays pure and testable.
 */
import type { BuiltInTemplate, ItemKind, TemplateLanguage } from './templates';

export interface AgendaItem {
  readonly id: string;
  readonly kind: ItemKind;
  readonly title: string;
  readonly minutes: number;
  /** What the facilitator reads aloud. */
  readonly script: string;
  /** Private preparation, never on the run sheet unless asked, never on the room display. */
  readonly prepNotes: string;
  readonly materials: string;
  /** An icebreaker prompt chosen for this item, as it was worded when chosen. */
  readonly prompt: ItemPrompt | null;
}

export interface ItemPrompt {
  /** The library prompt's id (built-in or custom), so a group's history knows it was had. */
  readonly id: string;
  readonly text: string;
}

export interface SessionPlan {
  readonly id: string;
  readonly groupId: string | null;
  readonly templateId: string | null;
  readonly language: TemplateLanguage;
  readonly title: string;
  /** "YYYY-MM-DD". */
  readonly date: string;
  /** "HH:MM". */
  readonly startTime: string;
  readonly intendedMinutes: number;
  readonly venue: string;
  readonly goals: readonly string[];
  /** null: the group's own ground rules apply. */
  readonly groundRules: readonly string[] | null;
  readonly items: readonly AgendaItem[];
}

export type NewId = () => string;

export interface PlanPlace {
  readonly groupId: string | null;
  readonly date: string;
  readonly startTime: string;
  readonly venue: string;
}

export const PLAN_TITLE_MAX = 120;
export const ITEM_TITLE_MAX = 120;
export const DEFAULT_INTENDED_MINUTES = 90;
export const MAX_ITEMS = 100;

export function instantiateTemplate(
  template: BuiltInTemplate,
  language: TemplateLanguage,
  place: PlanPlace,
  newId: NewId,
): SessionPlan {
  return {
    id: newId(),
    groupId: place.groupId,
    templateId: template.id,
    language,
    title: template.name[language],
    date: place.date,
    startTime: place.startTime,
    intendedMinutes: template.intendedMinutes,
    venue: place.venue,
    goals: [...template.goals[language]],
    // In a group the plan follows the group's own rules until the facilitator overrides them.
    groundRules: place.groupId === null ? [...template.groundRules[language]] : null,
    items: template.items.map((item) => ({
      id: newId(),
      kind: item.kind,
      title: item.title[language],
      minutes: item.minutes,
      script: item.script[language],
      prepNotes: '',
      materials: item.materials[language],
      prompt: null,
    })),
  };
}

/** A copy with fresh ids for the plan and every item. */
export function duplicatePlan(plan: SessionPlan, newId: NewId): SessionPlan {
  return {
    ...plan,
    id: newId(),
    goals: [...plan.goals],
    groundRules: plan.groundRules ? [...plan.groundRules] : null,
    items: plan.items.map((item) => ({ ...item, id: newId() })),
  };
}

/** "YYYY-MM-DD" plus whole days, on the calendar (no time zone or daylight-saving drift). */
export function addDays(date: string, days: number): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) throw new RangeError(`not a date: ${date}`);
  const moved = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]) + days));
  return moved.toISOString().slice(0, 10);
}

/**
 * The group's next session from this one: a week later, same time and structure. Preparation
 * notes and the icebreaker prompts belonged to this session, so the new plan starts without them.
 */
export function planNextSession(plan: SessionPlan, newId: NewId, daysLater = 7): SessionPlan {
  const next = duplicatePlan(plan, newId);
  return {
    ...next,
    date: addDays(plan.date, daysLater),
    items: next.items.map((item) => ({ ...item, prepNotes: '', prompt: null })),
  };
}

/** A new, empty agenda item of the given kind; the caller gives it its localized title. */
export function newAgendaItem(
  kind: ItemKind,
  title: string,
  minutes: number,
  newId: NewId,
): AgendaItem {
  return {
    id: newId(),
    kind,
    title,
    minutes,
    script: '',
    prepNotes: '',
    materials: '',
    prompt: null,
  };
}

/** A blank plan for when no template fits: one welcome, one closing. */
export function blankPlan(
  titles: { readonly plan: string; readonly welcome: string; readonly closing: string },
  language: TemplateLanguage,
  place: PlanPlace,
  newId: NewId,
): SessionPlan {
  return {
    id: newId(),
    groupId: place.groupId,
    templateId: null,
    language,
    title: titles.plan,
    date: place.date,
    startTime: place.startTime,
    intendedMinutes: DEFAULT_INTENDED_MINUTES,
    venue: place.venue,
    goals: [],
    groundRules: place.groupId === null ? [] : null,
    items: [
      newAgendaItem('welcome', titles.welcome, 10, newId),
      newAgendaItem('closing', titles.closing, 10, newId),
    ],
  };
}

/**
 * A facilitator's own template, saved from a plan: its structure, scripts and materials in the
 * plan's language. Preparation notes and chosen prompts belong to one session and are left out.
 */
export interface SavedTemplate extends Pick<
  SessionPlan,
  'id' | 'language' | 'intendedMinutes' | 'goals' | 'groundRules'
> {
  readonly name: string;
  readonly items: readonly Omit<AgendaItem, 'id' | 'prepNotes' | 'prompt'>[];
  /** Epoch ms. */
  readonly savedAt: number;
}

export function saveAsTemplate(
  plan: SessionPlan,
  name: string,
  newId: NewId,
  now: number,
): SavedTemplate {
  return {
    id: newId(),
    name: name.trim(),
    language: plan.language,
    intendedMinutes: plan.intendedMinutes,
    goals: [...plan.goals],
    groundRules: plan.groundRules ? [...plan.groundRules] : null,
    items: plan.items.map(({ kind, title, minutes, script, materials }) => ({
      kind,
      title,
      minutes,
      script,
      materials,
    })),
    savedAt: now,
  };
}

export function instantiateSavedTemplate(
  template: SavedTemplate,
  place: PlanPlace,
  newId: NewId,
): SessionPlan {
  return {
    id: newId(),
    groupId: place.groupId,
    templateId: template.id,
    language: template.language,
    title: template.name,
    date: place.date,
    startTime: place.startTime,
    intendedMinutes: template.intendedMinutes,
    venue: place.venue,
    goals: [...template.goals],
    groundRules: template.groundRules ? [...template.groundRules] : null,
    items: template.items.map((item) => ({ ...item, id: newId(), prepNotes: '', prompt: null })),
  };
}

/** Upcoming plans soonest first (from `today` on), then past ones, latest first. */
export function sortedPlans<P extends Pick<SessionPlan, 'date' | 'startTime' | 'id'>>(
  plans: readonly P[],
  today: string,
): { readonly upcoming: P[]; readonly past: P[] } {
  const key = (p: P) => `${p.date}T${p.startTime}`;
  const upcoming = plans
    .filter((p) => p.date >= today)
    .sort((a, b) => key(a).localeCompare(key(b)));
  const past = plans.filter((p) => p.date < today).sort((a, b) => key(b).localeCompare(key(a)));
  return { upcoming, past };
}

/**
 * What a group's list of plans shows, kept apart from the plan itself so the list reads 200 small
 * records instead of 200 whole plans with every script in them.
 */
export interface PlanSummary extends Pick<
  SessionPlan,
  'id' | 'groupId' | 'title' | 'date' | 'startTime' | 'language'
> {
  readonly itemCount: number;
  readonly totalMinutes: number;
}

export function summarizePlan(plan: SessionPlan): PlanSummary {
  return {
    id: plan.id,
    groupId: plan.groupId,
    title: plan.title,
    date: plan.date,
    startTime: plan.startTime,
    language: plan.language,
    itemCount: plan.items.length,
    totalMinutes: plan.items.reduce((sum, item) => sum + item.minutes, 0),
  };
}
