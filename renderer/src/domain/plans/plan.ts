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
    groundRules: [...template.groundRules[language]],
    items: template.items.map((item) => ({
      id: newId(),
      kind: item.kind,
      title: item.title[language],
      minutes: item.minutes,
      script: item.script[language],
      prepNotes: '',
      materials: item.materials[language],
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
 * notes belonged to this session, so the new plan starts without them.
 */
export function planNextSession(plan: SessionPlan, newId: NewId, daysLater = 7): SessionPlan {
  const next = duplicatePlan(plan, newId);
  return {
    ...next,
    date: addDays(plan.date, daysLater),
    items: next.items.map((item) => ({ ...item, prepNotes: '' })),
  };
}
